import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { RFQ_LIMITS } from '@livefair/protocol';
import { IsText, Trim } from './quote-rules';

/** POST /api/rfqs/:id/messages */
export class RfqMessageDto {
  @ApiProperty({ minLength: 1, maxLength: RFQ_LIMITS.messageChars, example: '可以做 220g 的吗？' })
  @Trim()
  @IsText(RFQ_LIMITS.messageChars, 1)
  body!: string;
}

/** POST /api/quotes/:id/decline, POST /api/rfqs/:id/close */
export class ReasonDto {
  @ApiPropertyOptional({ maxLength: RFQ_LIMITS.reasonChars, example: '价格高于预算' })
  @IsOptional()
  @Trim()
  @IsText(RFQ_LIMITS.reasonChars)
  reason?: string;
}
