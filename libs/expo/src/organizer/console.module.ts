import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@livefair/catalog';
import { LiveSessionsModule } from '@livefair/live';
import { AnnouncementService } from '../announcements/announcement.service';
import { ApplicationService } from '../applications/application.service';
import { ExpoCalendarService } from '../calendar/expo-calendar.service';
import { CategoryService } from '../categories/category.service';
import { expoEntities } from '../expo-schema';
import { HallMapService } from '../halls/hall-map.service';
// The console's declarations register with core as this module loads.
import './console-errors';
import '../expo-events';
import { ConsoleController } from './console.controller';
import { expoConsoleEntities } from './console-schema';
import { ExpoAccess } from './expo-access';
import { ExpoVisitorController } from './expo-visitor.controller';
import { OrganizerExpoService } from './organizer-expo.service';

/**
 * The organizer side of the expo context: expos, category trees, hall maps, applications, the
 * calendar (sessions through the live context) and announcements. Live imports the expo
 * context too, hence the forward references.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...expoEntities, ...expoConsoleEntities]),
    CatalogModule,
    forwardRef(() => LiveSessionsModule),
  ],
  providers: [
    ExpoAccess,
    OrganizerExpoService,
    CategoryService,
    HallMapService,
    ApplicationService,
    ExpoCalendarService,
    AnnouncementService,
  ],
  exports: [OrganizerExpoService, CategoryService, HallMapService, ApplicationService, ExpoCalendarService, AnnouncementService],
})
export class ExpoConsoleModule {}

/** The console's HTTP surface; mounted by HTTP processes only. */
@Module({ imports: [ExpoConsoleModule], controllers: [ConsoleController, ExpoVisitorController] })
export class ExpoConsoleHttpModule {}
