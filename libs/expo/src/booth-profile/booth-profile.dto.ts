import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CertificationHeldDto } from './certification.dto';
import { BOOTH_PROFILE_LIMITS as L } from './booth-profile-limits';
import { MULTI_LINE, ONE_LINE, oneLine, Trim } from './profile-text';

const IMAGE_KEY = /^[0-9a-f]{64}\.(jpg|png|webp)$/;

export class BoothContactDto {
  @ApiPropertyOptional({
    description: 'The caller\'s own user id ("add myself"), or one already on the booth\'s list',
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID('all')
  userId?: string | null;

  @ApiProperty({ example: '李经理', maxLength: 32 })
  @Trim()
  @IsString()
  @Length(1, 32)
  @Matches(ONE_LINE, oneLine)
  name!: string;

  @ApiPropertyOptional({ example: '外贸部经理', maxLength: 32, default: '' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(32)
  @Matches(ONE_LINE, oneLine)
  title?: string;

  @ApiPropertyOptional({
    example: '+86 138 0013 8000',
    description: 'Digits, spaces and dashes, optional leading +; phone or WeChat is required',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^$|^\+?[0-9][0-9 -]{5,22}$/, { message: 'phone must be digits, spaces or dashes (6-24), optionally after +' })
  phone?: string;

  @ApiPropertyOptional({
    example: 'factory_li88',
    description: 'A WeChat ID: 6-20 letters, digits, _ or -, starting with a letter',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Matches(/^$|^[A-Za-z][-_A-Za-z0-9]{5,19}$/, {
    message: 'wechat must be a WeChat ID: 6-20 letters, digits, _ or -, starting with a letter',
  })
  wechat?: string;
}

/** The whole booth profile (PUT replaces it); absent fields become empty. */
export class BoothProfileDto {
  @ApiPropertyOptional({ description: 'Catalog image key (POST /api/uploads/images) of the enterprise', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(IMAGE_KEY, { message: 'logoKey must be an image key from POST /api/uploads/images' })
  logoKey?: string | null;

  @ApiPropertyOptional({ description: 'Catalog image key of the enterprise (wide, about 4:1)', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(IMAGE_KEY, { message: 'bannerKey must be an image key from POST /api/uploads/images' })
  bannerKey?: string | null;

  @ApiPropertyOptional({ example: '我们是宁波的源头工厂，专注纯棉针织二十年。', maxLength: L.introLength })
  @IsOptional()
  @IsString()
  @MaxLength(L.introLength)
  @Matches(MULTI_LINE, oneLine)
  introZh?: string;

  @ApiPropertyOptional({ example: 'A source factory in Ningbo: cotton knitwear for twenty years.', maxLength: L.introLength })
  @IsOptional()
  @IsString()
  @MaxLength(L.introLength)
  @Matches(MULTI_LINE, oneLine)
  introEn?: string;

  @ApiPropertyOptional({
    example: 'https://video.example.cn/factory-tour.mp4',
    description: "http(s) URL, '' for none (400 BOOTH_VIDEO_URL_INVALID)",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.videoUrlLength)
  videoUrl?: string;

  @ApiPropertyOptional({
    type: [String],
    description: `Ids of the enterprise's published products, in order; at most ${L.showcase}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.showcase)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  showcase?: string[];

  @ApiPropertyOptional({ type: [CertificationHeldDto], description: `At most ${L.certifications}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.certifications)
  @ValidateNested({ each: true })
  @Type(() => CertificationHeldDto)
  certifications?: CertificationHeldDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['source-factory', 'specialised'],
    description: `Badge codes (GET /api/booth-vocabulary); at most ${L.badges}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.badges)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  badges?: string[];

  @ApiPropertyOptional({ type: [BoothContactDto], description: `At most ${L.contacts}` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.contacts)
  @ValidateNested({ each: true })
  @Type(() => BoothContactDto)
  contacts?: BoothContactDto[];
}
