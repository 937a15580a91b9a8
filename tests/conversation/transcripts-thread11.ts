/**
 * Keeping the thread, eleventh pass (issue 11 point 1, 8 December, night): families the control conversations
 * (conversations-blind22 and older) still lost, in our own words (French, English, SMS) — never the sets' lines. Written
 * before any tuning; a quarter (ASIDE) was set aside, untouched until the end, and is reported apart
 * (tests/conversation/thread11.test.ts plays both; transcripts.ts plays the worked ones with the rest).
 * Families: thanks after an answer (direct or chosen by number) is the thanks entry's answer (the last answer stays
 * the subject); thanks in words of kindness; "ça continue l'an prochain ?", "does it carry on next year?" about the last
 * answer; a price in a shop or a station, asked right after an answer, is a new out-of-scope question.
 */
import type { Transcript } from "./transcripts.js";

/** The worked cases. */
export const THREAD11_WORKED: Transcript[] = [
  { name: "thread11: thanks: merci",
    turns: [
      {say: "jeunes",kind: "clarify"},
      {say: "1",kind: "answer"},
      {say: "merci",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: merci bcp",
    turns: [
      {say: "ateliers",kind: "clarify"},
      {say: "2",kind: "answer"},
      {say: "merci bcp",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: merci a vous",
    turns: [
      {say: "sante",kind: "clarify"},
      {say: "1",kind: "answer"},
      {say: "merci a vous",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: merci",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "merci",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: thanks!", locale: "en-GB",
    turns: [
      {say: "is there a youth club?",topic: "club-ados"},
      {say: "thanks!",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: mrc",
    turns: [
      {say: "nounou pour mon bebe",topic: "modes-de-garde"},
      {say: "mrc",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: thanks: ok merci bien",
    turns: [
      {say: "c quoi le conseil citoyen",topic: "conseil-citoyen"},
      {say: "ok merci bien",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11: kindness: that's so kind of you", locale: "en-GB",
    turns: [
      {say: "how do I get to Bethune by bus?",topic: "transports"},
      {say: "that's so kind of you",topic: ["salutation","transports"]},
    ] },
  { name: "thread11: kindness: much appreciated", locale: "en-GB",
    turns: [
      {say: "is there a parenting group?",topic: "parentalite"},
      {say: "much appreciated",topic: ["salutation","parentalite"]},
    ] },
  { name: "thread11: kindness: brilliant, cheers", locale: "en-GB",
    turns: [
      {say: "how do I get to Bethune by bus?",topic: "transports"},
      {say: "brilliant, cheers",topic: ["salutation","transports"]},
    ] },
  { name: "thread11: kindness: trop sympa",
    turns: [
      {say: "le bus sante c quoi",topic: "bus-sante"},
      {say: "trop sympa",topic: ["salutation","bus-sante"]},
    ] },
  { name: "thread11: kindness: très aimable",
    turns: [
      {say: "ya des ateliers pour apprendre a cuisiner sain ?",topic: "sante-alimentation"},
      {say: "très aimable",topic: ["salutation","sante-alimentation"]},
    ] },
  { name: "thread11: kindness: super sympa",
    turns: [
      {say: "je cherche du travail",topic: "emploi-formation"},
      {say: "super sympa",topic: ["salutation","emploi-formation"]},
    ] },
  { name: "thread11: kindness: you've been very helpful", locale: "en-GB",
    turns: [
      {say: "nounou pour mon bebe",topic: "modes-de-garde"},
      {say: "you've been very helpful",topic: ["salutation","modes-de-garde"]},
    ] },
  { name: "thread11: kindness: ah top, c est sympa",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "ah top, c est sympa",topic: ["salutation","aide-devoirs"]},
    ] },
  { name: "thread11: kindness: really helpful thanks a lot", locale: "en-GB",
    turns: [
      {say: "ya quoi comme associations sportives ?",topic: "associations"},
      {say: "really helpful thanks a lot",topic: ["salutation","associations"]},
    ] },
  { name: "thread11: goes on: et en 6e l an prochain ca continue ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "et en 6e l an prochain ca continue ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: ma fille passe en 6e, l an prochain ca continue ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "ma fille passe en 6e, l an prochain ca continue ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: and in secondary school next year, does it carry on?", locale: "en-GB",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "and in secondary school next year, does it carry on?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: et en 5e a la rentree ca continue ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "et en 5e a la rentree ca continue ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: et en 3e l an prochain ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "et en 3e l an prochain ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: does it keep going after the summer?", locale: "en-GB",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "does it keep going after the summer?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: goes on: et l annee prochaine ca continue toujours ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "et l annee prochaine ca continue toujours ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11: shop price: et le diesel coute combien a la station de labourse ?",
    turns: [
      {say: "comment je vais a bethune en bus depuis le quartier ?",topic: "transports"},
      {say: "et le diesel coute combien a la station de labourse ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: un velo chez decathlon ca coute combien ?",
    turns: [
      {say: "ya quoi comme associations sportives ?",topic: "associations"},
      {say: "un velo chez decathlon ca coute combien ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: et une console chez auchan c combien ?",
    turns: [
      {say: "c quoi le club ados",topic: "club-ados"},
      {say: "et une console chez auchan c combien ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: how much is petrol at the tesco station?", locale: "en-GB",
    turns: [
      {say: "how do I get to Bethune by bus?",topic: "transports"},
      {say: "how much is petrol at the tesco station?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: tu connais le prix d un ballon de basket chez intersport ?",
    turns: [
      {say: "ya quoi comme associations sportives ?",topic: "associations"},
      {say: "tu connais le prix d un ballon de basket chez intersport ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: et le paracetamol il coute combien a la pharmacie ?",
    turns: [
      {say: "le bus sante c quoi",topic: "bus-sante"},
      {say: "et le paracetamol il coute combien a la pharmacie ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: how much are trainers at the sports shop in lens?", locale: "en-GB",
    turns: [
      {say: "is there a youth club?",topic: "club-ados"},
      {say: "how much are trainers at the sports shop in lens?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: le plein d essence a carrefour ca fait combien ?",
    turns: [
      {say: "je cherche du travail",topic: "emploi-formation"},
      {say: "le plein d essence a carrefour ca fait combien ?",kind: "fallback"},
    ] },
  { name: "thread11: shop price: une paire de crampons chez go sport c combien ?",
    turns: [
      {say: "ya quoi comme associations sportives ?",topic: "associations"},
      {say: "une paire de crampons chez go sport c combien ?",kind: "fallback"},
    ] },
];

/** The cases set aside before tuning: measured before → after, never tuned on. */
export const THREAD11_ASIDE: Transcript[] = [
  { name: "thread11 aside: thanks: ok merci",
    turns: [
      {say: "emploi",kind: "clarify"},
      {say: "1",kind: "answer"},
      {say: "ok merci",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11 aside: thanks: merci beaucoup",
    turns: [
      {say: "le bus sante c quoi",topic: "bus-sante"},
      {say: "merci beaucoup",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11 aside: thanks: thank you", locale: "en-GB",
    turns: [
      {say: "is there a parenting group?",topic: "parentalite"},
      {say: "thank you",kind: "answer",topic: "salutation"},
    ] },
  { name: "thread11 aside: kindness: lovely, very helpful", locale: "en-GB",
    turns: [
      {say: "is there a youth club?",topic: "club-ados"},
      {say: "lovely, very helpful",topic: ["salutation","club-ados"]},
    ] },
  { name: "thread11 aside: kindness: c'est vraiment gentil de votre part",
    turns: [
      {say: "c quoi le conseil citoyen",topic: "conseil-citoyen"},
      {say: "c'est vraiment gentil de votre part",topic: ["salutation","conseil-citoyen"]},
    ] },
  { name: "thread11 aside: kindness: vous etes trop gentille",
    turns: [
      {say: "c quoi le pole culturel",topic: "pole-culturel"},
      {say: "vous etes trop gentille",topic: ["salutation","pole-culturel"]},
    ] },
  { name: "thread11 aside: goes on: et pour mon fils en CM2 ca continue l an prochain ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "et pour mon fils en CM2 ca continue l an prochain ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11 aside: goes on: quand il sera au college l an prochain ca continue ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "quand il sera au college l an prochain ca continue ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11 aside: goes on: ca reprend a la rentree ?",
    turns: [
      {say: "ya une aide aux devoirs ?",topic: "aide-devoirs"},
      {say: "ca reprend a la rentree ?",topic: "aide-devoirs"},
    ] },
  { name: "thread11 aside: shop price: le prix d une baguette a la boulangerie du coin ?",
    turns: [
      {say: "c quoi le pole culturel",topic: "pole-culturel"},
      {say: "le prix d une baguette a la boulangerie du coin ?",kind: "fallback"},
    ] },
  { name: "thread11 aside: shop price: combien coute un kilo de tomates au leclerc ?",
    turns: [
      {say: "ya des ateliers pour apprendre a cuisiner sain ?",topic: "sante-alimentation"},
      {say: "combien coute un kilo de tomates au leclerc ?",kind: "fallback"},
    ] },
  { name: "thread11 aside: shop price: et le ticket de parking au centre commercial il coute combien ?",
    turns: [
      {say: "comment je vais a bethune en bus depuis le quartier ?",topic: "transports"},
      {say: "et le ticket de parking au centre commercial il coute combien ?",kind: "fallback"},
    ] },
];

/** Still answered otherwise (kept as expected failures, see docs/conversation.md). */
export const STILL_MISSED: readonly string[] = [
  "tu connais le prix d un ballon de basket chez intersport ?",
  "une paire de crampons chez go sport c combien ?",
  "le prix d une baguette a la boulangerie du coin ?",
];
const missed = (t: Transcript) => STILL_MISSED.includes(t.turns[t.turns.length - 1]?.say ?? "");
export const THREAD11_MISSED: Transcript[] = [...THREAD11_WORKED, ...THREAD11_ASIDE].filter(missed);
/** Every case the core now answers as it should (played with the rest of TRANSCRIPTS). */
export const THREAD11_TRANSCRIPTS: Transcript[] = [...THREAD11_WORKED, ...THREAD11_ASIDE].filter((t) => !missed(t));
