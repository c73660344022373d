import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import type { InvoiceRequestView, ShipToView } from '@livefair/protocol';
import { trim, trimUpper } from './transforms';

const PHONE = /^\+?[0-9][0-9 ()-]{5,23}$/;

/** Where the goods go. */
export class ShipToDto implements ShipToView {
  @ApiProperty({ example: '王采购', maxLength: 32 })
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  contactName!: string;

  @ApiProperty({ example: '13800138000', description: 'Mobile or landline, digits with optional + - ( ) and spaces' })
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: 'phone must be a phone number (digits, optionally + - ( ) and spaces)' })
  phone!: string;

  @ApiProperty({ example: '浙江省', maxLength: 32 })
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  province!: string;

  @ApiProperty({ example: '宁波市', maxLength: 32 })
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  city!: string;

  @ApiProperty({ example: '鄞州区首南街道日丽中路 88 号 3 号楼', maxLength: 200, description: 'District, street and number' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  address!: string;
}

const special = (o: InvoiceDto) => o.kind === 'special';

/**
 * What a Chinese VAT invoice needs. A special invoice (增值税专用发票) also needs the buyer's
 * registered address, phone, bank and account; a normal one (普通发票) may carry them.
 */
export class InvoiceDto implements InvoiceRequestView {
  @ApiProperty({ enum: ['normal', 'special'], description: 'normal: 增值税普通发票; special: 增值税专用发票' })
  @IsIn(['normal', 'special'])
  kind!: 'normal' | 'special';

  @ApiProperty({ example: '杭州优选商贸有限公司', description: 'Buyer company name (发票抬头)', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  title!: string;

  @ApiProperty({
    example: '91330106MA2B1C2D3E',
    description: '纳税人识别号 / 统一社会信用代码: 15, 17, 18 or 20 letters and digits',
  })
  @Transform(trimUpper)
  @IsString()
  @Matches(/^([0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{18}|[0-9A-Z]{20})$/, {
    message: 'taxpayerId must be 15, 17, 18 or 20 letters and digits (统一社会信用代码 is 18)',
  })
  taxpayerId!: string;

  @ApiPropertyOptional({ description: 'Registered address (注册地址); required for special', maxLength: 200 })
  @ValidateIf((o: InvoiceDto) => special(o) || o.registeredAddress !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  registeredAddress?: string;

  @ApiPropertyOptional({ description: 'Registered phone (注册电话); required for special' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.registeredPhone !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(PHONE, { message: 'registeredPhone must be a phone number' })
  registeredPhone?: string;

  @ApiPropertyOptional({ description: 'Bank of the account (开户银行); required for special', maxLength: 100 })
  @ValidateIf((o: InvoiceDto) => special(o) || o.bankName !== undefined)
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  bankName?: string;

  @ApiPropertyOptional({ description: 'Bank account number (银行账号); required for special' })
  @ValidateIf((o: InvoiceDto) => special(o) || o.bankAccount !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(/^[0-9][0-9 -]{5,39}$/, { message: 'bankAccount must be 6 to 40 digits (spaces and - allowed)' })
  bankAccount?: string;

  @ApiPropertyOptional({ description: 'Where the e-invoice goes' })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 254)
  email?: string;
}

/** Fixed key order, optional fields left out when absent: what the order row stores and every answer shows. */
export function shipToOf(d: ShipToView): ShipToView {
  return { contactName: d.contactName, phone: d.phone, province: d.province, city: d.city, address: d.address };
}

export function invoiceOf(d: InvoiceRequestView): InvoiceRequestView {
  const out: InvoiceRequestView = { kind: d.kind, title: d.title, taxpayerId: d.taxpayerId };
  for (const k of ['registeredAddress', 'registeredPhone', 'bankName', 'bankAccount', 'email'] as const)
    if (d[k] !== undefined) out[k] = d[k];
  return out;
}
