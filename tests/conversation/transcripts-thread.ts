/**
 * Keeping the thread, fourth pass (issue 11 item 1): the families of the turns the control conversations still lost —
 * each in French, English and SMS, in our own words (not the sets' lines). Played with the rest of TRANSCRIPTS
 * (transcripts.ts) against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

export const THREAD_TRANSCRIPTS: Transcript[] = [
  // ——— a language asked for in a sentence, not a word: the switch, then the rest of the message in that language
  { name: 'language in a sentence: "sorry, could you write that in English please?" offers the answer again', turns: [
    { say: "c'est quand le forum de l'emploi ?", kind: 'answer', topic: 'forum-emploi' },
    { say: 'sorry, could you write that in English please?', kind: 'language', topic: 'forum-emploi', has: ['All right', 'read it again in English'] },
    { say: 'is it free?', kind: 'followup', topic: 'forum-emploi', has: ["I don't have this information"] },
  ] },
  { name: 'language in a sentence: "I can\'t read French" then a question, both at once', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "excuse me, I can't read French. Where is it?", kind: 'followup', entry: 'bus-sante', has: ['All right'], not: ["Je n'ai pas"] },
  ] },
  { name: 'language in a sentence: "can you answer in English? when does it open?"', turns: [
    { say: 'le pôle culturel', kind: 'answer', topic: 'pole-culturel' },
    { say: 'can you answer in English? when does it open?', kind: 'followup', topic: 'pole-culturel', has: ['All right'] },
  ] },
  { name: 'language in a sentence, back to French: "pouvez-vous me répondre en français ? c\'est gratuit ?"', locale: 'en-GB', turns: [
    { say: 'when is the job fair?', kind: 'answer', topic: 'forum-emploi' },
    { say: "pouvez-vous me répondre en français ? c'est gratuit ?", kind: 'followup', topic: 'forum-emploi', has: ["D'accord", "Je n'ai pas cette information"] },
  ] },
  { name: 'language in a sentence, SMS without commas: "sorry my french is bad who do i call"', channel: 'sms', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'sorry my french is bad who do i call', kind: 'followup', entry: 'bus-sante', has: ['All right', 'Ask'] },
  ] },
  { name: 'language in a sentence: "my French is not good" alone → English, the answer offered again', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'sorry, my French is not good', kind: 'language', topic: 'aide-devoirs', has: ['read it again in English'] },
  ] },
  { name: 'look-alikes: speaking French badly in French, an English class — no switch', turns: [
    { say: 'je parle pas bien français, il y a des cours ?', not: ['All right', 'English'] },
    { say: 'is there an English class for adults?', not: ['All right, I will answer in English'] },
  ] },

  // ——— the resident says the subject changes: a new question, not a detail of the last answer
  { name: 'new subject: "autre chose, comment on s\'inscrit à la mission locale ?" after the pôle culturel', turns: [
    { say: "pôle culturel c'est ouvert quand ?", kind: 'answer', topic: 'pole-culturel' },
    { say: "autre chose, comment on s'inscrit à la mission locale ?", kind: 'answer', topic: 'emploi-formation' },
  ] },
  { name: 'new subject in English: "different question, how do I sign up with France Travail?" after the bus', locale: 'en-GB', turns: [
    { say: 'is there a health bus?', kind: 'answer', topic: 'bus-sante' },
    { say: 'different question, how do I sign up with France Travail?', kind: 'answer', topic: 'emploi-formation' },
  ] },
  { name: 'new subject by SMS: "otre question jcherche du boulo comment faire" after the club', channel: 'sms', turns: [
    { say: 'club ados c koi', kind: 'answer', topic: 'club-ados' },
    { say: 'otre question jcherche du boulo comment faire', not: ['club Ados'] },
  ] },
  { name: '"autre chose" alone is still "none of these" or an invitation, never a detail', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'autre chose', kind: 'prompt' },
  ] },

  // ——— leaving: goodbye, whatever the engine makes of "cool" or "super"
  { name: 'goodbye by SMS: "ok top a+" after the club → goodbye', channel: 'sms', turns: [
    { say: 'club ados c koi', kind: 'answer', topic: 'club-ados' },
    { say: 'ok top a+', kind: 'answer', topic: 'salutation', has: ['Au revoir'], kept: 0 },
  ] },
  { name: 'goodbye in English: "thanks, see you later"', locale: 'en-GB', turns: [
    { say: 'is there a youth club?', kind: 'answer', topic: 'club-ados' },
    { say: 'thanks, see you later', kind: 'answer', topic: 'salutation', has: ['Goodbye'] },
  ] },
  { name: 'goodbye with nothing before: "ok super à plus" is goodbye, not an unanswered question', turns: [
    { say: 'ok super à plus', kind: 'answer', topic: 'salutation', has: ['Au revoir'], kept: 0 },
  ] },
  { name: 'goodbye in French: "merci madame, bonne soirée" after the forum', turns: [
    { say: "forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: 'ok cool merci madame, bonne soirée', kind: 'answer', topic: 'salutation', has: ['Au revoir'] },
  ] },

  // ——— right after the emergency numbers, what the resident adds is still the emergency
  { name: 'emergency then "je sais pas ce qu\'il a pris" → the numbers again', turns: [
    { say: "mon fils a pris des médicaments de sa grand-mère il est tout mou", kind: 'answer', topic: 'urgence' },
    { say: 'il a 4 ans, je sais pas quoi faire', topic: 'urgence', has: ['15'] },
    { say: 'merci', topic: 'salutation' },
  ] },
  { name: 'emergency in English then "what should I do?" → the numbers again', locale: 'en-GB', turns: [
    { say: "my dad collapsed in the kitchen and he won't wake up", kind: 'answer', topic: 'urgence' },
    { say: 'what should I do?', kind: 'followup', topic: 'urgence', has: ['Call one of these numbers now', '15'] },
  ] },
  { name: 'emergency by SMS then "jsais pa" → the numbers again; a new question after is answered', channel: 'sms', turns: [
    { say: 'jai avalé toute la boite de cachets', kind: 'answer', topic: 'urgence' },
    { say: 'jsais pa', kind: 'followup', topic: 'urgence', has: ['15'] },
    { say: "c'est quand le bus santé ?", kind: 'answer', topic: 'bus-sante' },
  ] },

  // ——— a public helps read the words: "qui garde" with a baby is childcare, not the keeping of one's data
  { name: 'public and service: "et qui garde mon fils de 10 mois pendant ce temps ?" after time for oneself', turns: [
    { say: 'ya des activités pour prendre du temps pour moi ?', kind: 'answer', topic: 'temps-pour-soi' },
    { say: 'et qui garde mon fils de 10 mois pendant ce temps ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  { name: 'public and service by SMS: "et ki garde mon bb de 8 mois pdt latelier ?" after the workshops', channel: 'sms', turns: [
    { say: 'ateliers numeriques c koi', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'et ki garde mon bb de 8 mois pdt latelier ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },

  // ——— "à la place" is "instead", not a place in a crèche; "japel ki" is "j'appelle qui"
  { name: '"on construira quoi à la place ?" after the demolition stays on the building', turns: [
    { say: 'ils vont démolir le bâtiment B ?', kind: 'answer', topic: 'renovation-habitat' },
    { say: 'et on construira quoi à la place ?', topic: ['renovation-habitat', 'espace-public'] },
  ] },
  { name: 'a question word after the verb, no "?": "on mettra quoi à la place" after the demolition', turns: [
    { say: 'ils vont démolir le bâtiment B ?', kind: 'answer', topic: 'renovation-habitat' },
    { say: 'on mettra quoi à la place', topic: ['renovation-habitat', 'espace-public'] },
  ] },
  { name: 'SMS "japel ki" after the renovation → its contacts', channel: 'sms', turns: [
    { say: 'mon appart est une passoire thermique ya des aides ?', kind: 'answer', topic: 'renovation-habitat' },
    { say: 'japel ki', kind: 'followup', topic: 'renovation-habitat', has: ['Demandez'] },
  ] },
];
