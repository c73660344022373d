import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, MinLength } from 'class-validator';

const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class ApplyDto {
  @ApiPropertyOptional({ example: '主营针织服装，希望入驻服装纺织馆', maxLength: 1000 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

export class DecideApplicationDto {
  @ApiProperty({ enum: ['admit', 'reject'] })
  @IsIn(['admit', 'reject'])
  decision!: 'admit' | 'reject';

  @ApiPropertyOptional({
    example: '品类与本届展会主题不符',
    maxLength: 500,
    description: 'Required to reject; told to the exhibitor',
  })
  @ValidateIf((o: DecideApplicationDto) => o.decision === 'reject' || o.reason !== undefined)
  @trim()
  @IsString()
  @MinLength(1, { message: 'a rejection needs a reason' })
  @MaxLength(500)
  reason?: string;
}

export class AssignSlotDto {
  @ApiProperty({ description: 'A free slot of one of the expo’s hall maps' })
  @IsUUID('all')
  slotId!: string;
}
