import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Public, Roles } from '@livefair/core';
import type {
  AnnouncementView,
  ApplicationView,
  CalendarEntryView,
  CategoryNodeView,
  HallMapView,
  ScheduleEntryView,
} from '@livefair/protocol';
import { AnnouncementService } from '../announcements/announcement.service';
import { ApplyDto } from '../applications/application-input.dto';
import { ApplicationService } from '../applications/application.service';
import { ExpoCalendarService } from '../calendar/expo-calendar.service';
import { CategoryService } from '../categories/category.service';
import { HallMapService } from '../halls/hall-map.service';

/** What buyers read of a published expo, and exhibitors' applications. docs/expo.md. */
@ApiTags('expo')
@Controller('api')
export class ExpoVisitorController {
  constructor(
    private readonly categories: CategoryService,
    private readonly halls: HallMapService,
    private readonly applications: ApplicationService,
    private readonly calendar: ExpoCalendarService,
    private readonly announcements: AnnouncementService,
  ) {}

  @Get('expos/:id/categories')
  @Public()
  @ApiOperation({ summary: 'The category tree of a published expo' })
  tree(@Param() { id }: IdParam): Promise<CategoryNodeView[]> {
    return this.categories.publicTree(id);
  }

  @Get('halls/:id/map')
  @Public()
  @ApiOperation({ summary: 'A hall map: slots with each booth’s live status and next session' })
  map(@Param() { id }: IdParam): Promise<HallMapView> {
    return this.halls.publicMap(id);
  }

  @Get('expos/:id/announcements')
  @Public()
  @ApiOperation({ summary: 'The announcements of a published expo, newest first' })
  announcementsOf(@Param() { id }: IdParam): Promise<AnnouncementView[]> {
    return this.announcements.publicOf(id);
  }

  @Get('expos/:id/calendar')
  @Public()
  @ApiOperation({ summary: 'The live sessions scheduled on a published expo’s calendar' })
  calendarOf(@Param() { id }: IdParam): Promise<CalendarEntryView[]> {
    return this.calendar.publicOf(id);
  }

  @Get('expos/:id/schedule')
  @Public()
  @ApiOperation({ summary: 'Buyers’ schedule: the expo’s sessions live now and to come, with hall, booth and viewers' })
  scheduleOf(@Param() { id }: IdParam): Promise<ScheduleEntryView[]> {
    return this.calendar.publicSchedule(id);
  }

  @Post('expos/:id/applications')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Apply to exhibit at an open expo (one open application per enterprise)' })
  apply(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ApplyDto): Promise<ApplicationView> {
    return this.applications.apply(user, id, dto);
  }

  @Get('my/applications')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The caller’s enterprise’s applications and their decisions' })
  mine(@CurrentUser() user: Principal): Promise<ApplicationView[]> {
    return this.applications.mine(user);
  }
}
