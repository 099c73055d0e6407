import { describe, it, expect } from 'vitest';
import { attributeSentences } from './attribution';
import { collectPeople } from './mentions';
import { ArticlePeople, preferredVariant } from './people';
import { splitSentences } from './sentences';
import { findSpeakerCues } from './speaker-cues';

/** Each attributed sentence as "Name: first words". */
function attributed(text: string): string[] {
  const sentences = splitSentences(text);
  const people = new ArticlePeople();
  collectPeople(text, sentences, people);
  const cues = findSpeakerCues(text, sentences, people);
  return attributeSentences(text, sentences, people, cues).map(
    (c) =>
      `${preferredVariant(c.people[0]?.variants ?? new Map<string, number>())}: ${text.slice(c.quote.start, c.quote.end).split(' ').slice(0, 3).join(' ')}`,
  );
}

describe('attributeSentences', () => {
  it('follows a speaker through pronouns and a trailing attribution', () => {
    expect(
      attributed(
        'Dr. Ilse Brand, the festival director, noted that ticket sales doubled. She also warned that costs rose. The hall was full.\n\nThe band played on.\n\n“We will return,” she said.',
      ),
    ).toEqual([
      'Ilse Brand: Dr. Ilse Brand,',
      'Ilse Brand: She also warned',
      'Ilse Brand: “We will return,”',
    ]);
  });

  it('gives "she" not to a "Don" who spoke last but to the woman the paragraph opens on', () => {
    expect(
      attributed(
        'Don Anselmo Quispe Huanca said the wells were failing.\n\nDr. Marta Ibarra Soto, a lawyer, took up the point. “A right without a court is a wish,” she said.',
      ),
    ).toEqual(['Anselmo Quispe Huanca: Don Anselmo Quispe', 'Marta Ibarra Soto: “A right without']);
  });

  it("does not carry a speaker's words into the reporter's narrative naming someone by surname", () => {
    expect(
      attributed(
        'Judge Ada Lin told Marek Saar that he would serve six years.\n\nDina Vogt, the defence lawyer, said "her client is sorry." Saar himself declined to speak.',
      ),
    ).toEqual(['Ada Lin: Judge Ada Lin', 'Dina Vogt: Dina Vogt, the']);
  });

  it('gives "the 64-year-old, who …, said" to the person last quoted, over a long clause', () => {
    expect(
      attributed(
        'Senator Ana Lopes told the meeting that rail funds were late.\n\nThe 64-year-old, who holds a seat on the harbour board and spent two decades in shipping before politics, said the port was ready.',
      ),
    ).toEqual(['Ana Lopes: Senator Ana Lopes', 'Ana Lopes: The 64-year-old, who']);
  });

  it('gives "she described" to the speaker the paragraph opens by bringing on', () => {
    expect(
      attributed(
        'Dr. Ilse Brand opened the congress. She said the union was ready.\n\nA warmer message came from Ana Vos, an officer of the Dutch union Zorg Samen, who spoke briefly in English. She described a strike in 2021 that she said had won a rise.',
      ),
    ).toEqual(['Ilse Brand: She said the', 'Ana Vos: She described a']);
  });

  it('gives "the 54-year-old said" to the person last quoted', () => {
    expect(
      attributed(
        'Senator Ana Lopes told the meeting that rail funds were late.\n\nThe 54-year-old Democrat said she would file a bill in May.',
      ),
    ).toEqual(['Ana Lopes: Senator Ana Lopes', 'Ana Lopes: The 54-year-old Democrat']);
  });

  it('takes "spoke" alone for no claim, "spoke of" for one', () => {
    expect(
      attributed(
        'It was Lena Holt, a port engineer, who spoke next. Holt spoke of a crane that had failed twice.',
      ),
    ).toEqual(['Lena Holt: Holt spoke of']);
  });

  it('takes a sentence whose participle reports words for a claim', () => {
    expect(attributed('Edda Kvist took aim at the board, accusing it of neglect.')).toEqual([
      'Edda Kvist: Edda Kvist took',
    ]);
  });

  it('takes an act with no words reported (thanked, presented) for no claim', () => {
    expect(
      attributed(
        'Accepting the cup, Lina Moor thanked her trainer. Treasurer Abel Sato presented the accounts, which show a surplus. Sato said reserves would grow.',
      ),
    ).toEqual(['Abel Sato: Sato said reserves']);
  });

  it('continues unmarked speech only in a paragraph that quotes the speaker', () => {
    expect(
      attributed(
        'Okon Bassey spoke first. “Rivers are rising,” he said. Farms are flooding every spring.\n\nChairs were stacked by the door. The crowd went home early.',
      ),
    ).toEqual(['Okon Bassey: “Rivers are rising,”', 'Okon Bassey: Farms are flooding']);
  });

  it('gives every sentence of an attributed quotation to its speaker', () => {
    expect(
      attributed(
        '“Rivers are rising. Farms are flooding. We must act,” said Okon Bassey, a hydrologist.',
      ),
    ).toEqual([
      'Okon Bassey: “Rivers are rising.',
      'Okon Bassey: Farms are flooding.',
      'Okon Bassey: We must act,”',
    ]);
  });

  it('finds "the minister said" by the title given before the name', () => {
    expect(
      attributed(
        'Fisheries minister Arne Solvik opened the session. Quotas will fall next year, the minister said.',
      ),
    ).toEqual(['Arne Solvik: Quotas will fall']);
  });

  it('takes words written to the event, and a role verb that says what, as claims', () => {
    expect(
      attributed(
        '“We meet online this year,” wrote President Ines Dahl in her report to the delegates. Canon Eli Brook spoke of patience and hope.',
      ),
    ).toEqual(['Ines Dahl: “We meet online', 'Eli Brook: Canon Eli Brook']);
    expect(attributed('“Costs rose,” wrote Ines Dahl in her new book.')).toEqual([]);
  });

  it('reads passives of speech verbs, relative clauses and a bare title after a speech adjunct', () => {
    expect(attributed('Budgets were among the issues discussed by Dr. Hana Lind.')).toEqual([
      'Hana Lind: Budgets were among',
    ]);
    expect(
      attributed('She took the cup from Consul Piet Maas, who told her she had earned it.'),
    ).toEqual(['Piet Maas: She took the']);
    expect(
      attributed(
        'Governor Mira Sethi opened the fair. In her speech governor praised the farmers.',
      ),
    ).toEqual(['Mira Sethi: In her speech']);
  });

  it('gives the words before "This was said by X" to X, and not that sentence itself', () => {
    expect(
      attributed('No city thrives without trees. This was said by Mayor Jon Ekdahl at the fair.'),
    ).toEqual(['Jon Ekdahl: No city thrives']);
  });

  it('does not attribute a delivered report without reported content', () => {
    expect(attributed('Treasurer Gwendolyn Hale gave her annual report.')).toEqual([]);
  });

  it("does not carry a speaker's words into a sentence narrating what they did", () => {
    expect(
      attributed(
        'Poet Ivo Marsh said translation was "a kind of rescue." He read three poems in Welsh.',
      ),
    ).toEqual(['Ivo Marsh: Poet Ivo Marsh']);
    // Reported words may go on after the pronoun: a modal, or a verb that brings a that-clause.
    expect(
      attributed(
        'Mayor Ana Ruiz said the plan was "a start." She would not sign it before the spring. She accepted that "costs have risen," but blamed the contractor.',
      ),
    ).toEqual([
      'Ana Ruiz: Mayor Ana Ruiz',
      'Ana Ruiz: She would not',
      'Ana Ruiz: She accepted that',
    ]);
  });

  it('gives "the 46-year-old former teacher, who …, said" to the person written about', () => {
    expect(
      attributed(
        'Party leader Nia Varga told the conference that rail lines would reopen. The 46-year-old former teacher, who became leader in March, said the party would stand everywhere.',
      ),
    ).toEqual(['Nia Varga: Party leader Nia', 'Nia Varga: The 46-year-old former']);
  });

  it('gives "…," the Maine Democrat said to the person written about, and names no "Maine Democrat"', () => {
    expect(
      attributed(
        'Committee chair Sen. Ada Lind opened the hearing. "These are families," the Maine Democrat said.',
      ),
    ).toEqual(['Ada Lind: "These are families,"']);
  });

  it('gives a quotation opening its paragraph to nobody when the paragraph before quotes someone who is no speaker', () => {
    expect(
      attributed(
        'Rabbi Dov Stern told the crowd that faith was shared.\n\nAna Keel said she came to keep the memory alive.\n\n“It is our duty. We must stand together,” she said.',
      ),
    ).toEqual(['Dov Stern: Rabbi Dov Stern']);
  });

  it('gives "the Chief Guest said" to the one who graced the occasion as Chief Guest', () => {
    expect(
      attributed(
        'Shri Arvind Rao graced the occasion as Chief Guest, while Dr. Kavita Lal was the Guest of Honour. Addressing the gathering, the Chief Guest said that colleges were temples.',
      ),
    ).toEqual(['Arvind Rao: Addressing the gathering,']);
  });

  it('gives the words that go with an event-role verb ("opened it by reminding …") to its subject', () => {
    expect(
      attributed(
        'Cllr Mari Penn, who chaired the meeting, opened the session by reminding members that 900 residents had signed a petition.\n\nCllr Ivo Tull, who chaired the vote, opened the second session by thanking the staff.',
      ),
    ).toEqual(['Mari Penn: Cllr Mari Penn,']);
  });

  it('gives "the professor said" to "Prof. X", and "According to Dr. Trần" to Trần Thị Mai', () => {
    expect(
      attributed(
        'Prof. Ilona Wrzos delivered the lecture. Her team read the diaries.\n\nQuestions followed from the floor. The professor agreed it was a risk and said the sources were weighted.',
      ),
    ).toEqual(['Ilona Wrzos: The professor agreed']);
    expect(
      attributed(
        'The panel featured the hydrologist Dr. Trần Thị Mai, of the delta institute.\n\nAccording to Dr. Trần, parts of the delta sink by four centimetres a year.',
      ),
    ).toEqual(['Trần Thị Mai: According to Dr.']);
  });

  it('reads a title before a name only back to the name before it', () => {
    expect(
      attributed(
        'Fr Liam Dunne opened the service.\n\nA message of sympathy from the Minister for Health, Orla Quinn TD, was read out by Fr Dunne. In it, the minister said the valley had lost a friend.',
      ).pop(),
    ).toBe('Orla Quinn: In it, the');
  });

  it('gives "the minister said" to a minister named before it, not to one named later', () => {
    expect(
      attributed(
        "Valdoria's Minister of Ports, Fisheries and Inland Waterways, H.E. Rana Okoli, opened the fair.\n\n“Our quays are too slow,” the minister said.\n\nKestland's trade minister, Hon. Teo Marr, had withdrawn on Sunday.",
      ),
    ).toEqual(['Rana Okoli: “Our quays are']);
  });

  it('gives "The Chairman, in his closing remarks, urged …" to the one who chaired', () => {
    expect(
      attributed(
        'The forum was chaired by Prof. Kwame Asare. Dr. Efua Mensah said farmers were ageing. The Chairman, in his closing remarks, urged participants to see farming as a business.',
      ),
    ).toEqual(['Efua Mensah: Dr. Efua Mensah', 'Kwame Asare: The Chairman, in']);
  });

  it('gives words to a name whose role an apposition names ("The board chairman, X, said")', () => {
    expect(
      attributed(
        'The board chairman, Olaf Brandt, said profits fell. The master of ceremonies, Colm Reddan, handed the stage to the choir.',
      ),
    ).toEqual(['Olaf Brandt: The board chairman,']);
  });

  it('gives "…, the party said" to no member titled by the party', () => {
    expect(
      attributed(
        "The party's youth leader, Rui Lobo, also addressed the congress. Turnout was the highest in years, the party said.",
      ),
    ).toEqual([]);
  });

  it('gives a news lead describing its speaker to the person the next paragraph names', () => {
    expect(
      attributed(
        'HALVERN - The chief executive of the ferry operator defended its safety record on Monday, telling the inquiry that the ramp had passed every check.\n\nMarcus Drew said the company had spent millions on repairs.',
      ),
    ).toEqual(['Marcus Drew: HALVERN - The', 'Marcus Drew: Marcus Drew said']);
    // A body, a passive or a source is no speaker to look for.
    expect(
      attributed(
        'HALVERN - The Portwell Council said on Monday that the ramp had passed every check.\n\nMarcus Drew said the company had spent millions on repairs.',
      ),
    ).toEqual(['Marcus Drew: Marcus Drew said']);
  });
});
