import { defineSchema } from '@livefair/core';
import { ChatBan } from './entities/chat-ban.entity';
import { ChatMessage } from './entities/chat-message.entity';
import { LiveSession } from './entities/live-session.entity';
import { LiveSessions1795483399476 } from './migrations/mysql/1795483399476-LiveSessions';
import { LiveSessions1795483406956 } from './migrations/sqlite/1795483406956-LiveSessions';

/** The live context's tables. */
export const liveEntities = [LiveSession, ChatMessage, ChatBan];

defineSchema('live', {
  entities: liveEntities,
  migrations: { mysql: [LiveSessions1795483399476], sqlite: [LiveSessions1795483406956] },
});
