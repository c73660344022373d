import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsObject, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LEAD_LIMITS } from '@livefair/protocol';
import { IsText, PHONE, Trim } from './text-rules';

const id = { message: '$property must be an id' };

/** How the exhibitor reaches the buyer: a name and at least a phone or an email (422 LEAD_CONTACT_REQUIRED otherwise). */
export class LeadContactDto {
  @ApiProperty({ maxLength: LEAD_LIMITS.nameChars, example: '王小明' })
  @Trim()
  @IsText(LEAD_LIMITS.nameChars, 1)
  name!: string;

  @ApiPropertyOptional({ maxLength: LEAD_LIMITS.companyChars, example: '杭州优品贸易有限公司' })
  @IsOptional()
  @Trim()
  @IsText(LEAD_LIMITS.companyChars)
  company?: string;

  @ApiPropertyOptional({ example: '138 0013 8000' })
  @IsOptional()
  @Trim()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, optionally + - ( ) and spaces)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'buyer@example.cn' })
  @IsOptional()
  @Trim()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}

export class CreateInquiryDto {
  @ApiProperty({ format: 'uuid', description: 'The booth the inquiry is left at' })
  @IsUUID('all', id)
  boothId!: string;

  @ApiProperty({ maxLength: LEAD_LIMITS.messageChars, example: '您好，我们想了解贵司针织开衫的起订量和交期。' })
  @Trim()
  @IsText(LEAD_LIMITS.messageChars, 1)
  message!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A published product of the booth's enterprise" })
  @IsOptional()
  @IsUUID('all', id)
  productId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: LEAD_LIMITS.maxQuantity, example: 500 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LEAD_LIMITS.maxQuantity)
  quantity?: number;

  @ApiPropertyOptional({
    maxLength: LEAD_LIMITS.unitChars,
    description: "The quantity's unit; the product's unit when absent",
    example: '件',
  })
  @IsOptional()
  @Trim()
  @IsText(LEAD_LIMITS.unitChars, 1)
  unit?: string;

  @ApiProperty({ type: LeadContactDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LeadContactDto)
  contact!: LeadContactDto;
}
