import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LEAD_LIMITS, LEAD_STATUSES, type LeadStatus } from '@livefair/protocol';
import { IsText, Trim } from './text-rules';

export class LeadStatusDto {
  @ApiProperty({ enum: LEAD_STATUSES, description: 'new -> contacted -> quoted -> won; lost from any open status' })
  @IsIn(LEAD_STATUSES)
  to!: LeadStatus;

  @ApiPropertyOptional({ maxLength: LEAD_LIMITS.reasonChars, description: 'Required when `to` is lost', example: '价格超出预算' })
  @IsOptional()
  @Trim()
  @IsText(LEAD_LIMITS.reasonChars)
  reason?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'With `to: quoted`: the RFQ (quotes flow) of this buyer the quote was sent in',
  })
  @IsOptional()
  @IsUUID('all', { message: 'rfqId must be an id' })
  rfqId?: string;
}

export class LeadNoteDto {
  @ApiProperty({ maxLength: LEAD_LIMITS.noteChars, example: '已电话联系，客户下周来厂看样' })
  @Trim()
  @IsText(LEAD_LIMITS.noteChars, 1)
  body!: string;
}
