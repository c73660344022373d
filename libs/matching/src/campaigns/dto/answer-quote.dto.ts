import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OfferQuoteDto } from '@livefair/orders';

/** A quote on a need from orders for you: the quotes flow's offer, on one of the caller's published products. */
export class AnswerQuoteDto extends OfferQuoteDto {
  @ApiProperty({ format: 'uuid', description: "A published product of the caller's enterprise the quote is for" })
  @IsUUID('all', { message: 'productId must be an id' })
  productId!: string;
}

export class DemandIdParam {
  @IsUUID('all', { message: 'demandId must be a UUID' })
  demandId!: string;
}
