import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Roles } from '@livefair/core';
import type {
  AnnouncementView,
  ApplicationView,
  CalendarEntryView,
  CategoryNodeView,
  ExpoConsoleView,
  HallConsoleView,
  HallMapView,
} from '@livefair/protocol';
import { PublishAnnouncementDto } from '../announcements/announcement-input.dto';
import { AnnouncementService } from '../announcements/announcement.service';
import { AssignSlotDto, DecideApplicationDto } from '../applications/application-input.dto';
import { ApplicationService } from '../applications/application.service';
import { ScheduleSessionDto } from '../calendar/calendar-input.dto';
import { ExpoCalendarService } from '../calendar/expo-calendar.service';
import { parseCategoryCsv } from '../categories/category-csv';
import { CategoryCsvDto, CategoryTreeDto } from '../categories/category-input.dto';
import { CategoryService } from '../categories/category.service';
import { CreateHallDto, CreateSlotDto, UpdateHallDto, UpdateSlotDto } from '../halls/hall-input.dto';
import { HallMapService } from '../halls/hall-map.service';
import { CreateExpoDto, ExpoStatusDto, UpdateExpoDto } from './expo-input.dto';
import { OrganizerExpoService } from './organizer-expo.service';

/** The organizer console: an organizer's own expos only (403 NOT_OWNER for another's). docs/expo.md. */
@ApiTags('expo console')
@ApiBearerAuth()
@Roles('organizer')
@Controller('api/console')
export class ConsoleController {
  constructor(
    private readonly expos: OrganizerExpoService,
    private readonly categories: CategoryService,
    private readonly halls: HallMapService,
    private readonly applications: ApplicationService,
    private readonly calendar: ExpoCalendarService,
    private readonly announcements: AnnouncementService,
  ) {}

  @Get('expos')
  @ApiOperation({ summary: "The caller's expos, every status" })
  list(@CurrentUser() user: Principal): Promise<ExpoConsoleView[]> {
    return this.expos.list(user);
  }

  @Post('expos')
  @ApiOperation({ summary: 'Create a draft expo (dates without an offset are read in timeZone, stored UTC)' })
  create(@CurrentUser() user: Principal, @Body() dto: CreateExpoDto): Promise<ExpoConsoleView> {
    return this.expos.create(user, dto);
  }

  @Get('expos/:id')
  @ApiOperation({ summary: 'One of the caller’s expos' })
  get(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ExpoConsoleView> {
    return this.expos.get(user, id);
  }

  @Patch('expos/:id')
  @ApiOperation({ summary: 'Edit names, dates, time zone, cover, description (not once closed)' })
  update(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: UpdateExpoDto): Promise<ExpoConsoleView> {
    return this.expos.update(user, id, dto);
  }

  @Post('expos/:id/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Open (publish) a draft, or close an open expo (read-only archive from then on)' })
  status(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: ExpoStatusDto): Promise<ExpoConsoleView> {
    return this.expos.setStatus(user, id, dto.status);
  }

  @Get('expos/:id/categories')
  @ApiOperation({ summary: 'The expo’s category tree' })
  tree(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CategoryNodeView[]> {
    return this.categories.ownTree(user, id);
  }

  @Put('expos/:id/categories')
  @ApiOperation({ summary: 'Replace the category tree (JSON), all or nothing' })
  replaceTree(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: CategoryTreeDto,
  ): Promise<CategoryNodeView[]> {
    return this.categories.replace(user, id, dto.categories);
  }

  @Put('expos/:id/categories/csv')
  @ApiOperation({ summary: 'Replace the category tree from CSV text (code,parentCode,nameZh,nameEn,ccc)' })
  replaceTreeCsv(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: CategoryCsvDto,
  ): Promise<CategoryNodeView[]> {
    return this.categories.replace(user, id, parseCategoryCsv(dto.csv));
  }

  @Get('expos/:id/halls')
  @ApiOperation({ summary: 'The expo’s halls with their grids' })
  hallsOf(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<HallConsoleView[]> {
    return this.halls.halls(user, id);
  }

  @Post('expos/:id/halls')
  @ApiOperation({ summary: 'Add a hall (themed by a category of the tree)' })
  createHall(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: CreateHallDto): Promise<HallConsoleView> {
    return this.halls.createHall(user, id, dto);
  }

  @Patch('halls/:id')
  @ApiOperation({ summary: 'Edit a hall: names, theme, grid size (not smaller than its slots)' })
  updateHall(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: UpdateHallDto): Promise<HallConsoleView> {
    return this.halls.updateHall(user, id, dto);
  }

  @Get('halls/:id/map')
  @ApiOperation({ summary: 'The hall map: grid and slots' })
  map(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<HallMapView> {
    return this.halls.ownMap(user, id);
  }

  @Post('halls/:id/slots')
  @ApiOperation({ summary: 'Place a booth slot on the hall map (inside the grid, no overlap)' })
  createSlot(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: CreateSlotDto): Promise<HallMapView> {
    return this.halls.createSlot(user, id, dto);
  }

  @Patch('slots/:id')
  @ApiOperation({ summary: 'Move, resize or rename a slot (inside the grid, no overlap)' })
  updateSlot(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: UpdateSlotDto): Promise<HallMapView> {
    return this.halls.updateSlot(user, id, dto);
  }

  @Delete('slots/:id')
  @ApiOperation({ summary: 'Remove a free slot' })
  deleteSlot(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<HallMapView> {
    return this.halls.deleteSlot(user, id);
  }

  @Get('expos/:id/applications')
  @ApiOperation({ summary: 'Exhibitors’ applications to the expo' })
  applicationsOf(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<ApplicationView[]> {
    return this.applications.ofExpo(user, id);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Admit, or reject with a reason (the exhibitor is told in the inbox)' })
  decide(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: DecideApplicationDto): Promise<ApplicationView> {
    return this.applications.decide(user, id, dto);
  }

  @Post('applications/:id/booth')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give an admitted exhibitor the booth on a free slot (publishes expo.booth-assigned)' })
  assign(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: AssignSlotDto): Promise<ApplicationView> {
    return this.applications.assign(user, id, dto.slotId);
  }

  @Get('expos/:id/calendar')
  @ApiOperation({ summary: 'The expo calendar: scheduled sessions by booth and hall' })
  calendarOf(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<CalendarEntryView[]> {
    return this.calendar.ofExpo(user, id);
  }

  @Post('expos/:id/calendar')
  @ApiOperation({ summary: 'Schedule a booth’s live session (refused on a booth overlap or a full hall)' })
  schedule(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: ScheduleSessionDto,
  ): Promise<CalendarEntryView> {
    return this.calendar.schedule(user, id, dto);
  }

  @Get('expos/:id/announcements')
  @ApiOperation({ summary: 'The expo’s announcements, newest first' })
  announcementsOf(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<AnnouncementView[]> {
    return this.announcements.ownOf(user, id);
  }

  @Post('expos/:id/announcements')
  @ApiOperation({ summary: 'Publish an announcement to every visitor (and admitted exhibitors’ inboxes)' })
  announce(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: PublishAnnouncementDto,
  ): Promise<AnnouncementView> {
    return this.announcements.publish(user, id, dto);
  }
}
