/**
 * The Bot Framework bot: receives activities from the adapter, greets new conversations, runs the main dialog on
 * messages and saves the conversation's state at the end of each turn.
 */
import {
  ActivityHandler,
  ConversationState,
  UserState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { resolveLocale } from '../../dialogs/locale.js';
import type { MainDialog } from '../../dialogs/main-dialog.js';
import type { ConversationMemory, DialogServices, Profile, StateAccessors } from '../../dialogs/services.js';
import { welcomeMessage } from '../../dialogs/welcome.js';
import { conversationTrace, Replies } from '../../dialogs/replies.js';

export class AssistantBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly dialog: MainDialog,
    private readonly state: StateAccessors,
    private readonly services: DialogServices,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      await this.dialog.run(context, this.dialogState);
      await next();
    });

    const replies = new Replies(services);
    this.onMembersAdded(async (context, next) => {
      // Channels announce the bot itself as a member too: only a resident joining is greeted.
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (newcomers.length > 0) {
        const locale = await resolveLocale(context, this.state);
        const memory = await this.state.memory.get(context, {});
        await replies.send(context, [welcomeMessage(this.services.engine, locale)], locale, memory, conversationTrace('welcome'));
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}

export function createStateAccessors(conversationState: ConversationState, userState: UserState): StateAccessors {
  return {
    memory: conversationState.createProperty<ConversationMemory>('memory'),
    profile: userState.createProperty<Profile>('profile'),
  };
}
