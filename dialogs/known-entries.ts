/**
 * The few knowledge entries the dialogs treat specially, by id. tests/dialogs/known-entries.test.ts checks that they
 * exist, so renaming one in knowledge/ fails a test instead of silently turning a behaviour off.
 */

/** "je veux faire une remarque": starts the remarque dialog instead of being answered. */
export const REMARQUE_ENTRY = 'remarque';
/** "merci" right after an answer: thanks, and the answer's topic stays the topic of the conversation. */
export const THANKS_ENTRY = 'salutation-merci';
/** "au revoir", "ok cool a+", "ok super à plus": goodbye, whatever the engine makes of the words around it. */
export const GOODBYE_ENTRY = 'salutation-au-revoir';
/** The emergency numbers, all of them: a message the engine cannot place but whose words read as danger gets them. */
export const URGENCE_ENTRY = 'urgence';
/** "bonjour", "hi there": a greeting that opens a message with a question after it is no answer of its own. */
export const GREETING_ENTRY = 'salutation';
