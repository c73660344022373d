import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class OnboardingQuery {
  @ApiProperty({ enum: ['jsonl', 'csv'], description: 'The body: one supplier JSON object a line, or CSV product lines' })
  @IsIn(['jsonl', 'csv'])
  format!: 'jsonl' | 'csv';
}
