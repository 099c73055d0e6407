import { describe, it, expect } from 'vitest';
import { onlyAsks, saysNothing, spokenElsewhere, writtenToTheEvent } from './speech';

describe('spokenElsewhere', () => {
  it.each([
    'Rieger told Reuters on Monday that the plan would be studied.',
    'The mayor said on Twitter that the city was proud.',
    'Ana Ruiz told the regional newspaper Sur that no cuts were planned.',
    '"It is late," said Priya Nair, speaking by phone from Dhaka.',
    'Lena Ott, who did not attend, said the talks had failed.',
    'The minister has long argued that taxes should fall.',
    'In a statement, the group said the plan was a fig leaf.',
    'Father Boyle, who was in the public gallery, said afterwards that people were afraid.',
    'Last year, the minister said the port would never be sold.',
    'The envoy was quoted as saying that talks had stalled.',
    'Lena Ott, who was not invited to speak, said the talks had failed.',
    'Analyst Kim Roe said in a note to clients that margins would fall.',
    '"It is not enough," said Ana Tui, a campaigner, speaking from Apia.',
    'The treasurer, who is not attending, said in the capital that funds would follow.',
    'Ivo Rask said after the meeting that he would appeal.',
    'Ivo Rask, speaking after the vote, said he would appeal.',
    'Asked by reporters after the rally about costs, Ivo Rask said taxes would pay.',
    'Speaking after the burial, his neighbour, Kit Moran, said the road would be quieter.',
    'Outside the gym after the meeting, Jenna Carr, 29, said she was worried.',
    'His uncle, Kevin Moyo, speaking outside the court, said the family wanted answers.',
    'At the same hour, President Dan Kiprop was addressing a rival rally in Eldoret.',
    '"It will fail," Kiprop said there, according to a broadcast by the state broadcaster.',
    'Speaking to the Courier in 2009, Mr Breen said he had never wanted to leave.',
    '"I was offered Dublin twice," he said then.',
    // Invited to the conference is no word addressed to it.
    'Giles Orme, who was not invited to the conference, said on social media that it was a stunt.',
  ])('reads "%s" as words given elsewhere', (sentence) => {
    expect(spokenElsewhere(sentence)).toBe(true);
  });

  it.each([
    'Matos told delegates in her opening address that the fund was ready.',
    'Otieno said pledges had gone unpaid before.',
    'In his report to the delegates, the treasurer said the books were balanced.',
    'Ferrer told the conference that a follow-up meeting was planned.',
    // An absence or an earlier time inside what is reported is not the speaker's.
    'Dr Hale said the clinic had warned patients for years.',
    'Ana Ruiz said the minister did not attend the vote.',
    'Olena Marchuk addressed the summit by video link, speaking from Kyiv.',
    'Ivo Rask, speaking after the minister, said he would appeal.',
    // "the Leader of the House" is a title, not a newspaper.
    'She told the Leader of the House that the bill would pass.',
    // An opening or closing statement is made to the event, unlike "a statement".
    'In her opening statement, the inspector said the ramp had failed twice.',
    'In his closing remarks, the chair said the fund was ready.',
  ])('reads "%s" as said at the event', (sentence) => {
    expect(spokenElsewhere(sentence)).toBe(false);
  });
});

describe('writtenToTheEvent', () => {
  it('takes a letter to the committee for a written message, a statement to it not', () => {
    expect(writtenToTheEvent('In a letter to the committee, Tarrant said all was well.')).toBe(
      true,
    );
    expect(writtenToTheEvent('In his statement to the congress, Ivo Ruiz said it was hard.')).toBe(
      false,
    );
  });
});

describe('onlyAsks', () => {
  it('finds a sentence that only reports a question put', () => {
    expect(onlyAsks('Corn grower Wes Hall asked the senator why the bill cut support.')).toBe(true);
    expect(onlyAsks('Dr. Ana Roth asked how families decided what to keep.')).toBe(true);
    expect(onlyAsks('Moderator Ian Roe asked pointed questions about funding.')).toBe(true);
    expect(onlyAsks('Shareholder Ivo Brandl asked the board about the delays at the yard.')).toBe(
      true,
    );
    expect(onlyAsks('Local diver Beth Pascoe answered questions about the dive afterwards.')).toBe(
      true,
    );
  });

  it('keeps a question beside other words said, or quoted', () => {
    expect(
      onlyAsks('Wes Hall asked why the bill cut support and said it was unfair to young farmers.'),
    ).toBe(false);
    expect(onlyAsks('“Why cut it?” Wes Hall asked the senator.')).toBe(false);
    expect(onlyAsks('Wes Hall said the bill cut support for young farmers.')).toBe(false);
  });
});

describe('saysNothing', () => {
  it('finds a sentence that names a speech act but reports no words', () => {
    expect(saysNothing('Ayla Demir disagreed.')).toBe(true);
    expect(saysNothing('Ms. R. Devi, Assistant Professor, proposed the vote of thanks.')).toBe(
      true,
    );
    expect(saysNothing('The dean gave the keynote address.')).toBe(true);
    expect(saysNothing('The youth leader, Jon Ek, also spoke.')).toBe(true);
    expect(
      saysNothing("Norway's minister, Ada Lie, spoke by video from Oslo, where a vigil was held."),
    ).toBe(true);
    expect(
      saysNothing(
        'Ivo Brandt testified for two hours before the committee, which is chaired by Ana Roe.',
      ),
    ).toBe(true);
    expect(saysNothing('Ivo Brandt testified that the ramp had failed.')).toBe(false);
  });

  it('keeps reported speech, quotations and what was spoken about', () => {
    expect(saysNothing('The plan would fail, he said.')).toBe(false);
    expect(saysNothing('"It will fail," she said.')).toBe(false);
    expect(saysNothing('Ada Lie spoke by video, warning that the vigil was at risk.')).toBe(false);
    expect(saysNothing('Ada Lie spoke of the need for a vigil every year.')).toBe(false);
    expect(saysNothing('The dean gave an address that moved the hall to tears.')).toBe(false);
    expect(saysNothing('Ayla Demir disagreed with the plan and said it would fail.')).toBe(false);
  });
});
