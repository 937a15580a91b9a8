/**
 * The assistant's rate limits, built once from the configuration (RATE_LIMIT_*), shared by every way in:
 *  - messages: per conversation (any channel) and per client address (where the address is a resident's: the web
 *    widget's Direct Line, and /api/messages in local mode — with an App ID the caller is Azure Bot Service, whose
 *    few addresses carry every resident);
 *  - remarques (unanswered questions, "not helpful", suggestions): per conversation and per address, per hour, so
 *    that one person cannot bury the conseil citoyen's list;
 *  - a new web conversation counts as a message of its address (each one takes memory until it expires).
 * An address counts with its neighbours where one subscriber holds many: IPv6 addresses by /64 (address-group.ts).
 */
import type { Config } from '../config.js';
import { addressGroup } from './address-group.js';
import { takeAll, TokenBuckets, type Refusal } from './rate-limiter.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type LimitSettings = Pick<
  Config,
  | 'RATE_LIMIT_MESSAGES_PER_MINUTE'
  | 'RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE'
  | 'RATE_LIMIT_REMARQUES_PER_HOUR'
  | 'RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR'
>;

export class AbuseLimits {
  private readonly messagesByConversation: TokenBuckets;
  private readonly messagesByAddress: TokenBuckets;
  private readonly remarquesByConversation: TokenBuckets;
  private readonly remarquesByAddress: TokenBuckets;

  constructor(settings: LimitSettings, clock: () => Date) {
    const buckets = (limit: number, windowMs: number) => new TokenBuckets({ limit, windowMs, clock });
    this.messagesByConversation = buckets(settings.RATE_LIMIT_MESSAGES_PER_MINUTE, MINUTE_MS);
    this.messagesByAddress = buckets(settings.RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE, MINUTE_MS);
    this.remarquesByConversation = buckets(settings.RATE_LIMIT_REMARQUES_PER_HOUR, HOUR_MS);
    this.remarquesByAddress = buckets(settings.RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR, HOUR_MS);
  }

  /** One incoming activity; undefined = go on. `address` only where it is a resident's own. */
  message(conversation: string, address: string | undefined): Refusal | undefined {
    return takeAll([
      [this.messagesByConversation, conversation],
      [this.messagesByAddress, group(address)],
    ]);
  }

  /** One remarque about to be stored; undefined = store it. */
  remarque(conversation: string, address: string | undefined): Refusal | undefined {
    return takeAll([
      [this.remarquesByConversation, conversation],
      [this.remarquesByAddress, group(address)],
    ]);
  }

  /** A new web conversation from this address. */
  newConversation(address: string): Refusal | undefined {
    return takeAll([[this.messagesByAddress, addressGroup(address)]]);
  }
}

function group(address: string | undefined): string | undefined {
  return address === undefined ? undefined : addressGroup(address);
}
