/**
 * Photo captions: the paragraphs of a press page that describe a picture rather than report
 * the event ("FILE - The minister speaks at a news conference, June 3, 2021. (Meridian
 * Photo/Name)"). A caption often shows another day and another event, so its "speaks", its
 * date and its place would be read as this event's. This module only tells which paragraphs
 * are captions, from the openers and credit markers of `vocab/captions.json`; the article
 * document leaves their sentences out of what the components read. It is not a layout
 * detector: a caption with neither an opener nor a credit is read as text.
 */
import { readFileSync } from 'node:fs';

interface CaptionVocabulary {
  openers: string[];
  credits: string[];
  creditLabels: string[];
  reportingCredits: string[];
}

const VOCABULARY = JSON.parse(
  readFileSync(new URL('./vocab/captions.json', import.meta.url), 'utf8'),
) as CaptionVocabulary;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

// "FILE - …", "FILE PHOTO: …", "Pictured: …": an opener, then a dash or a colon.
const OPENER = new RegExp(String.raw`^(?:${alternation(VOCABULARY.openers)})\s*(?:[-–—:|])\s`, 'u');
// "(Meridian Photo/Carl Benz)", "REUTERS/Ana Lima", "Getty Images/AFP": a credit signs it.
const CREDIT = new RegExp(
  String.raw`(?:^|[\s(])(?:[\p{Lu}][\p{L}.]*\s+)?(?:${alternation(VOCABULARY.credits)})\s*/\s*\p{Lu}`,
  'u',
);
// "Photo: Carl Benz/Meridian" on a line of its own.
const CREDIT_LINE = new RegExp(String.raw`^(?:${alternation(VOCABULARY.creditLabels)})\s*:`, 'u');

// "— With reports from Jerome Cruz", "(Reporting by Ana Lima; Editing by Tom Baird)".
const REPORTING_CREDIT = new RegExp(
  String.raw`^[—–(-]?\s*(?:${alternation(VOCABULARY.reportingCredits)})\s+\p{Lu}`,
  'u',
);

/** Whether a paragraph's text is a photo caption or credit line. */
export function isCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  return (
    OPENER.test(text) || CREDIT_LINE.test(text) || CREDIT.test(text) || REPORTING_CREDIT.test(text)
  );
}
