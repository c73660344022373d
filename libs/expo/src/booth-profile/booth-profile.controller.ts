import { Body, Controller, Delete, Get, Param, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IdParam, Principal, Public, Roles } from '@livefair/core';
import type {
  BoothProfileView,
  BoothSearchPage,
  BoothVocabularyView,
  EnterpriseProfileView,
  FavouriteState,
  FavouriteView,
  ProductSearchPage,
} from '@livefair/protocol';
import { EnterpriseProfileDto } from '../enterprise-profile/enterprise-profile.dto';
import { EnterpriseProfileService } from '../enterprise-profile/enterprise-profile.service';
import { FavouritesService } from '../favourites/favourites.service';
import { BoothSearchService } from '../search/booth-search.service';
import { SearchQuery } from '../search/search.query';
import { BoothProfileDto } from './booth-profile.dto';
import { BoothProfileService } from './booth-profile.service';
import { BoothRate } from './booth-rate';
import { BOOTH_VOCABULARY } from './booth-vocabulary';

/** Booth and enterprise profiles, buyers' search, favourites. Rules and error codes: docs/booths.md. */
@ApiTags('booths')
@Controller('api')
export class BoothProfileController {
  constructor(
    private readonly profiles: BoothProfileService,
    private readonly enterprises: EnterpriseProfileService,
    private readonly search: BoothSearchService,
    private readonly favourites: FavouritesService,
    private readonly rate: BoothRate,
  ) {}

  @Get('booth-vocabulary')
  @Public()
  @ApiOperation({ summary: 'Badges, certification codes, provinces and country codes the profiles and filters accept' })
  vocabulary(): BoothVocabularyView {
    return BOOTH_VOCABULARY;
  }

  @Get('booths/:id/profile')
  @Public()
  @ApiOperation({ summary: "A booth's profile: logo, banner, intro, video, showcase, certifications, badges, contacts" })
  boothProfile(@Param() { id }: IdParam): Promise<BoothProfileView> {
    return this.profiles.view(id);
  }

  @Put('booths/:id/profile')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Replace a booth's profile (staff of the booth's enterprise; 403 NOT_OWNER otherwise)" })
  replaceBoothProfile(
    @CurrentUser() user: Principal,
    @Param() { id }: IdParam,
    @Body() dto: BoothProfileDto,
  ): Promise<BoothProfileView> {
    return this.profiles.replace(user, id, dto);
  }

  @Get('enterprises/:id/profile')
  @Public()
  @ApiOperation({ summary: "An enterprise's trade profile" })
  enterpriseProfile(@Param() { id }: IdParam): Promise<EnterpriseProfileView> {
    return this.enterprises.profileOf(id);
  }

  @Get('my/enterprise/profile')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's enterprise's trade profile" })
  myEnterprise(@CurrentUser() user: Principal): Promise<EnterpriseProfileView> {
    return this.enterprises.profileOf(user.enterpriseId ?? '');
  }

  @Put('my/enterprise/profile')
  @Roles('exhibitor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Replace the caller's enterprise's trade profile" })
  replaceMyEnterprise(@CurrentUser() user: Principal, @Body() dto: EnterpriseProfileDto): Promise<EnterpriseProfileView> {
    return this.enterprises.replace(user, user.enterpriseId ?? '', dto);
  }

  @Get('search/booths')
  @Public()
  @ApiOperation({ summary: 'Search booths of published expos by text, category, province/city, badges, live now; live first' })
  async searchBooths(
    @CurrentUser(true) user: Principal | null,
    @Req() req: { ip?: string },
    @Query() q: SearchQuery,
  ): Promise<BoothSearchPage> {
    await this.rate.hit('search', user ? `u:${user.userId}` : `ip:${req.ip ?? '?'}`);
    return this.search.booths(q);
  }

  @Get('search/products')
  @Public()
  @ApiOperation({
    summary: 'Search published products of those booths by title (Chinese or English), category and the booth filters',
  })
  async searchProducts(
    @CurrentUser(true) user: Principal | null,
    @Req() req: { ip?: string },
    @Query() q: SearchQuery,
  ): Promise<ProductSearchPage> {
    await this.rate.hit('search', user ? `u:${user.userId}` : `ip:${req.ip ?? '?'}`);
    return this.search.products(q);
  }

  @Get('my/favourites')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's favourite booths, newest first" })
  myFavourites(@CurrentUser() user: Principal): Promise<FavouriteView[]> {
    return this.favourites.list(user);
  }

  @Get('booths/:id/favourite')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Whether the caller keeps this booth as a favourite' })
  favourite(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<FavouriteState> {
    return this.favourites.state(user, id);
  }

  @Put('booths/:id/favourite')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Favourite the booth and follow its sessions (idempotent; 409 FAVOURITE_LIMIT_REACHED)' })
  addFavourite(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<FavouriteState> {
    return this.favourites.add(user, id);
  }

  @Delete('booths/:id/favourite')
  @Roles('buyer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Stop favouriting and following the booth (idempotent)' })
  removeFavourite(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<FavouriteState> {
    return this.favourites.remove(user, id);
  }
}
