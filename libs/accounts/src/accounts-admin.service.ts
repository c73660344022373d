import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainError,
  isUniqueViolation,
  Role,
  ROLES,
  TokenRevocations,
  TransactionalConnection,
  validationFailed,
} from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import type { UserView } from '@livefair/protocol';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { toUserView } from './accounts.service';
import { RegisterDto } from './dto/register.dto';
import { User } from './entities/user.entity';
import { hashPassword } from './password';

export interface NewOrganizer {
  email: string;
  displayName: string;
  password: string;
}

export interface RoleChange {
  email: string;
  role: Role;
  /** For `exhibitor`: the enterprise to create for the user (a name, 2 to 128 characters). */
  enterpriseName?: string;
}

/**
 * What only an operator does (`npm run admin`): create organizers, change a user's role. Runs in
 * a standalone process with the same config and services as the server; a role change revokes
 * the user's tokens, which carry the old role, in every process.
 */
@Injectable()
export class AccountsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterpriseService,
    private readonly revocations: TokenRevocations,
    private readonly tx: TransactionalConnection,
  ) {}

  async createOrganizer(input: NewOrganizer): Promise<UserView> {
    // The same rules as self-service registration (email, 8 to 256 characters, display name).
    const dto = plainToInstance(RegisterDto, { ...input, role: 'organizer' });
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationFailed(errors);
    const passwordHash = await hashPassword(dto.password);
    try {
      const repo = this.dataSource.getRepository(User);
      const user = await repo.save(
        repo.create({ email: dto.email, passwordHash, displayName: dto.displayName, role: 'organizer', enterpriseId: null }),
      );
      return toUserView(user);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError('AUTH_EMAIL_TAKEN', `${dto.email} is already registered`);
      throw err;
    }
  }

  async setRole(change: RoleChange): Promise<UserView> {
    if (!ROLES.includes(change.role)) throw new DomainError('VALIDATION_FAILED', `role must be one of ${ROLES.join(', ')}`);
    const email = change.email.trim().toLowerCase();
    const user = await this.tx.run(async () => {
      const users = this.tx.getRepository(User);
      const found = await users.findOne({ where: { email } });
      if (!found) throw new DomainError('USER_NOT_FOUND', `No user has the email ${email}`);
      let enterpriseId: string | null = null;
      if (change.role === 'exhibitor') {
        const name = change.enterpriseName?.trim() ?? '';
        if (name.length < 2 || name.length > 128)
          throw new DomainError('VALIDATION_FAILED', 'An exhibitor needs --enterprise-name (2 to 128 characters)');
        enterpriseId = (await this.enterprises.create({ name })).id;
      }
      found.role = change.role;
      found.enterpriseId = enterpriseId;
      return users.save(found);
    });
    await this.revocations.revokeUser(user.id);
    return toUserView(user);
  }
}
