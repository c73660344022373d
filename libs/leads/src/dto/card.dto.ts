import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { LEAD_LIMITS } from '@livefair/protocol';
import { IsText, PHONE, Trim, WECHAT } from './text-rules';

export class BusinessCardDto {
  @ApiProperty({ maxLength: LEAD_LIMITS.nameChars, example: '李娜' })
  @Trim()
  @IsText(LEAD_LIMITS.nameChars, 1)
  name!: string;

  @ApiPropertyOptional({ maxLength: LEAD_LIMITS.cardTitleChars, example: '外贸经理' })
  @IsOptional()
  @Trim()
  @IsText(LEAD_LIMITS.cardTitleChars)
  title?: string;

  @ApiPropertyOptional({ maxLength: LEAD_LIMITS.companyChars, example: '绍兴华纺针织有限公司' })
  @IsOptional()
  @Trim()
  @IsText(LEAD_LIMITS.companyChars)
  company?: string;

  @ApiPropertyOptional({ example: '+86 571 8888 6666' })
  @IsOptional()
  @Trim()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, optionally + - ( ) and spaces)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'lina@example.cn' })
  @IsOptional()
  @Trim()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional({ example: 'lina_sales', description: 'WeChat ID: 5 to 32 letters, digits, _ or -' })
  @IsOptional()
  @Trim()
  @Matches(WECHAT, { message: 'wechat must be a WeChat ID (5 to 32 letters, digits, _ or -)' })
  wechat?: string;
}

export class CardExchangeRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The booth whose staff the buyer asks to swap cards with' })
  @IsUUID('all', { message: 'boothId must be an id' })
  boothId!: string;
}
