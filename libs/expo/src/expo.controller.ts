import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Public, Roles } from '@livefair/core';
import type { BoothDetail, BoothSummary, ExpoDetail, ExpoSummary } from '@livefair/protocol';
import { BoothService } from './booth.service';
import { UpdateBoothDto } from './dto/update-booth.dto';
import { ExpoService } from './expo.service';

@ApiTags('expo')
@Controller('api')
export class ExpoController {
  constructor(
    private readonly expos: ExpoService,
    private readonly booths: BoothService,
  ) {}

  @Get('expos')
  @Public()
  @ApiOperation({ summary: 'Published expos' })
  list(): Promise<ExpoSummary[]> {
    return this.expos.listPublic();
  }

  @Get('expos/:id')
  @Public()
  @ApiOperation({ summary: 'An expo with its halls' })
  detail(@Param() { id }: IdParam): Promise<ExpoDetail> {
    return this.expos.detail(id);
  }

  @Get('halls/:id/booths')
  @Public()
  @ApiOperation({ summary: 'The booths of a hall' })
  boothsOfHall(@Param() { id }: IdParam): Promise<BoothSummary[]> {
    return this.booths.ofHall(id);
  }

  @Get('booths/:id')
  @Public()
  @ApiOperation({ summary: 'A booth with its enterprise and product catalog' })
  booth(@Param() { id }: IdParam): Promise<BoothDetail> {
    return this.booths.detail(id);
  }

  @Patch('booths/:id')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Edit one's own booth (exhibitor staff of the booth's enterprise)" })
  updateBooth(@CurrentUser() user: Principal, @Param() { id }: IdParam, @Body() dto: UpdateBoothDto): Promise<BoothDetail> {
    return this.booths.update(user, id, dto);
  }

  @Get('my/booths')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The booths of the caller's enterprise" })
  myBooths(@CurrentUser() user: Principal): Promise<BoothSummary[]> {
    return this.booths.ofEnterprise(user.enterpriseId ?? '');
  }

  @Get('my/expos')
  @Roles('organizer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Expos the caller organizes' })
  myExpos(@CurrentUser() user: Principal): Promise<ExpoSummary[]> {
    return this.expos.listOrganizedBy(user.userId);
  }
}
