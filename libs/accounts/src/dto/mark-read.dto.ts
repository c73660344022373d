import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsOptional, IsUUID } from 'class-validator';

/** Inbox lines to mark read: some by id, or all of them. */
export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], maxItems: 100, description: 'ids of the caller’s lines (others’ are ignored)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: [true], description: 'every unread line of the caller' })
  @IsOptional()
  @Equals(true)
  all?: true;
}
