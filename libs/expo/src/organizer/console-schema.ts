import { defineSchema } from '@livefair/core';
import { BoothSlot } from '../entities/booth-slot.entity';
import { CalendarEntry } from '../entities/calendar-entry.entity';
import { ExpoAnnouncement } from '../entities/expo-announcement.entity';
import { ExpoApplication } from '../entities/expo-application.entity';
import { ExpoCategory } from '../entities/expo-category.entity';
import { ExpoConsole1796128889537 } from '../migrations/mysql/1796128889537-ExpoConsole';
import { ExpoConsole1796128918090 } from '../migrations/sqlite/1796128918090-ExpoConsole';

/** The organizer console's tables (expo context); the new Expo and Hall columns come with them. */
export const expoConsoleEntities = [ExpoCategory, BoothSlot, ExpoApplication, ExpoAnnouncement, CalendarEntry];

defineSchema('expo', {
  entities: expoConsoleEntities,
  migrations: { mysql: [ExpoConsole1796128889537], sqlite: [ExpoConsole1796128918090] },
});
