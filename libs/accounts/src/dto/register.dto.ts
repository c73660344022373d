import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { ROLES, Role } from '@livefair/core';

export const PASSWORD_MIN_LENGTH = 8;
/** Every character counts (scrypt; bcrypt ignored bytes past 72); the cap bounds the work one login costs. */
export const PASSWORD_MAX_LENGTH = 256;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'buyer@example.com' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;

  @ApiProperty({ example: '王经理', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Length(1, 64, { message: 'displayName must be 1 to 64 characters' })
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES as Role[], { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ description: 'Required for exhibitors', example: '宁波申洲针织有限公司' })
  @ValidateIf((o: RegisterDto) => o.role === 'exhibitor' || o.enterpriseName !== undefined)
  @Transform(trim)
  @IsString({ message: 'enterpriseName is required for exhibitors' })
  @Length(2, 128, { message: 'enterpriseName must be 2 to 128 characters' })
  enterpriseName?: string;
}
