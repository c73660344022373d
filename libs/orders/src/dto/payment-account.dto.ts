import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { trim } from './transforms';

/** PUT /api/seller/payment-account: where buyers transfer to. */
export class PaymentAccountDto {
  @ApiProperty({ example: '宁波申洲针织有限公司', description: '户名 (account holder)', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  accountName!: string;

  @ApiProperty({ example: '中国工商银行宁波分行营业部', description: '开户行 (bank and branch)', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  bankName!: string;

  @ApiProperty({ example: '3901 0000 0920 0123 456', description: '账号: 6 to 40 digits, spaces and - allowed' })
  @Transform(trim)
  @IsString()
  @Matches(/^[0-9][0-9 -]{5,39}$/, { message: 'accountNo must be 6 to 40 digits (spaces and - allowed)' })
  accountNo!: string;

  @ApiPropertyOptional({ example: '转账请备注订单号，到账后当日确认', maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  note?: string;
}
