import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsString, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ONE_LINE, oneLine, Trim } from './profile-text';

/** A certificate held; `code` must be one of the shipped vocabulary (400 CERTIFICATION_UNKNOWN otherwise). */
export class CertificationHeldDto {
  @ApiProperty({ example: 'ISO9001', description: 'A code of GET /api/booth-vocabulary `certifications`' })
  @IsString()
  @Length(1, 16)
  code!: string;

  @ApiPropertyOptional({ example: 'CN-QMS-2024-0815', maxLength: 64, default: '' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(64)
  @Matches(ONE_LINE, oneLine)
  number?: string;

  @ApiPropertyOptional({ example: '2027-06-30', nullable: true, description: 'Expiry date, YYYY-MM-DD' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsDateString({ strict: true }, { message: 'validUntil must be a date, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validUntil must be a date, YYYY-MM-DD' })
  validUntil?: string | null;
}
