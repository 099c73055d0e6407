import { describe, it, expect } from 'vitest';
import { collectPeople } from './mentions';
import { findParticipation, type SpeakerRole } from './participation';
import { ArticlePeople, preferredVariant } from './people';
import { splitSentences } from './sentences';

function roles(text: string): Record<string, SpeakerRole[]> {
  const sentences = splitSentences(text);
  const people = new ArticlePeople();
  collectPeople(text, sentences, people);
  const out: Record<string, SpeakerRole[]> = {};
  for (const p of findParticipation(text, sentences, people).participations) {
    const name = preferredVariant(p.person.variants);
    out[name] = [...(out[name] ?? []), p.role];
  }
  return out;
}

describe('findParticipation', () => {
  it('reads a semicolon list of speakers with appositions', () => {
    const found = roles(
      'Speakers at the event included Tahar Boumedra, former head of a UN office; Rama Yade, former minister of France; and Kirsty Brimelow, Chair of the Bar Committee.',
    );
    expect(Object.keys(found).sort()).toEqual(['Kirsty Brimelow', 'Rama Yade', 'Tahar Boumedra']);
  });

  it('reads a comma list whose titles precede or follow the names', () => {
    const found = roles(
      'The speakers included former Algerian Prime Minister, Mr. Sid Ahmad Ghozali, Bernard Kouchner, William Bourdon, lawyer, and Tahar Boumedra, jurist.',
    );
    expect(Object.keys(found).sort()).toEqual([
      'Bernard Kouchner',
      'Sid Ahmad Ghozali',
      'Tahar Boumedra',
      'William Bourdon',
    ]);
  });

  it('finds moderators, guest speakers, video and written messages and hosts', () => {
    expect(
      roles('The event was moderated by Perviz Khazai, the representative of the group.'),
    ).toEqual({ 'Perviz Khazai': ['moderator'] });
    expect(
      roles(
        'In this meeting, Mohammad Mohaddessin, chairman of a committee, was the guest speaker.',
      ),
    ).toEqual({ 'Mohammad Mohaddessin': ['guest speaker'] });
    expect(
      roles(
        'Mrs. Maryam Rajavi, President-elect of the Council,\n\nsent a video message to the conference.',
      ),
    ).toEqual({ 'Maryam Rajavi': ['video message'] });
    expect(
      roles(
        'Mrs. Maryam Rajavi, the President-elect, in a message to the exhibition said that it matters.',
      ),
    ).toEqual({ 'Maryam Rajavi': ['written message'] });
    expect(
      roles(
        'The exhibition took place upon the initiative of Mr. Jean-François Legaret, the Mayor.',
      ),
    ).toEqual({ 'Jean-François Legaret': ['host'] });
  });

  it('marks people who only took part as participants', () => {
    const found = roles(
      'Julie ward, member of European Parliament (United Kingdom) and Professor Eric David, renowned jurist were among the participants.',
    );
    expect(found).toEqual({ 'Julie Ward': ['participant'], 'Eric David': ['participant'] });
  });

  it('records "invited by" as an organizer role of a person, not as a speaker', () => {
    const text =
      'Invited by Mayor Florence Berthout,\n\nThe conference was co-sponsored by the Committee.';
    const sentences = splitSentences(text);
    const people = new ArticlePeople();
    collectPeople(text, sentences, people);
    const result = findParticipation(text, sentences, people);
    expect(result.participations).toHaveLength(0);
    expect(
      result.personOrganizers.map((o) => [preferredVariant(o.person.variants), o.role]),
    ).toEqual([['Florence Berthout', 'invited by']]);
  });

  it('takes "was among the dead" for no participant, "was among the speakers" for one', () => {
    expect(roles('His uncle, Ivo Lorenc Marek, was among the dead.')).toEqual({});
    expect(roles('Dr. Ivo Lorenc Marek was among the speakers.')).toEqual({
      'Ivo Lorenc Marek': ['speaker'],
    });
  });
});
