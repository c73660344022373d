import { defineSchema } from '@livefair/core';
import { ChatBan } from './entities/chat-ban.entity';
import { ChatMessage } from './entities/chat-message.entity';
import { LiveSession } from './entities/live-session.entity';
import { LiveSessions1795483399476 } from './migrations/mysql/1795483399476-LiveSessions';
import { LiveSessions1795483406956 } from './migrations/sqlite/1795483406956-LiveSessions';
import { MeetingRooms1796130845792 } from './migrations/mysql/1796130845792-MeetingRooms';
import { MeetingRooms1796130913395 } from './migrations/sqlite/1796130913395-MeetingRooms';

/** The live context's tables. */
export const liveEntities = [LiveSession, ChatMessage, ChatBan];

defineSchema('live', {
  entities: liveEntities,
  migrations: {
    mysql: [LiveSessions1795483399476, MeetingRooms1796130845792],
    sqlite: [LiveSessions1795483406956, MeetingRooms1796130913395],
  },
});
