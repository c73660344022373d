import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, Matches, ValidateIf, ValidateNested } from 'class-validator';
import type { InvoiceRequestView, ShipToView } from '@livefair/protocol';
import { IsText, Trim } from './quote-rules';

export class ShipToDto implements ShipToView {
  @ApiProperty({ example: '王经理' })
  @Trim()
  @IsText(32, 1)
  contactName!: string;

  @ApiProperty({ example: '13812345678', description: 'Mobile or landline: digits, spaces and + - ( )' })
  @Trim()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: 'phone must be 5 to 20 digits, spaces or + - ( )' })
  phone!: string;

  @ApiProperty({ example: '浙江省', maxLength: 32 })
  @Trim()
  @IsText(32, 1)
  province!: string;

  @ApiProperty({ example: '杭州' })
  @Trim()
  @IsText(32, 1)
  city!: string;

  @ApiProperty({ example: '余杭区文一西路 969 号 3 号仓' })
  @Trim()
  @IsText(200, 1)
  address!: string;
}

const special = (o: InvoiceDto) => o.kind === 'special';

export class InvoiceDto implements InvoiceRequestView {
  @ApiProperty({ enum: ['normal', 'special'], description: 'normal: 增值税普通发票; special: 增值税专用发票' })
  @IsIn(['normal', 'special'])
  kind!: 'normal' | 'special';

  @ApiProperty({ example: '杭州某某商贸有限公司', description: '发票抬头' })
  @Trim()
  @IsText(100, 1)
  title!: string;

  @ApiProperty({ example: '91330100MA2XXXXX0Y', description: '纳税人识别号: 15, 17, 18 or 20 letters and digits' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^(?:[0-9A-Z]{15}|[0-9A-Z]{17,18}|[0-9A-Z]{20})$/, {
    message: 'taxpayerId must be 15, 17, 18 or 20 letters and digits',
  })
  taxpayerId!: string;

  @ApiPropertyOptional({ description: 'Required for a special invoice' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.registeredAddress !== undefined)
  @Trim()
  @IsText(200, 1)
  registeredAddress?: string;

  @ApiPropertyOptional({ description: 'Required for a special invoice' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.registeredPhone !== undefined)
  @Trim()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: 'registeredPhone must be 5 to 20 digits, spaces or + - ( )' })
  registeredPhone?: string;

  @ApiPropertyOptional({ description: 'Required for a special invoice' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.bankName !== undefined)
  @Trim()
  @IsText(100, 1)
  bankName?: string;

  @ApiPropertyOptional({ description: 'Required for a special invoice' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.bankAccount !== undefined)
  @Trim()
  @Matches(/^[0-9 -]{6,40}$/, { message: 'bankAccount must be 6 to 40 digits, spaces or -' })
  bankAccount?: string;

  @ApiPropertyOptional({ description: 'Where the e-invoice goes' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}

/** POST /api/quotes/:id/accept (Idempotency-Key header required). */
export class AcceptQuoteDto {
  @ApiPropertyOptional({ type: ShipToDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShipToDto)
  shipTo?: ShipToDto;

  @ApiPropertyOptional({ type: InvoiceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => InvoiceDto)
  invoice?: InvoiceDto;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Trim()
  @IsText(500)
  note?: string;
}
