import { IsUUID } from 'class-validator';

/** `:id` route parameters are UUIDs; anything else is a 400 VALIDATION_FAILED, not a 404 or a 500. */
export class IdParam {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
