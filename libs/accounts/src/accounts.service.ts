import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DomainError,
  isUniqueViolation,
  Outbox,
  Principal,
  Role,
  TokenRevocations,
  TokenService,
  TransactionalConnection,
} from '@livefair/core';
import { EnterpriseService } from '@livefair/expo';
import type { AuthResult, UserView } from '@livefair/protocol';
import { Repository } from 'typeorm';
import { LoginDto } from './dto/login.dto';
import { RegisterDto } from './dto/register.dto';
import { User } from './entities/user.entity';
import { hashPassword, verifyPassword } from './password';

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    enterpriseId: u.enterpriseId,
    createdAt: u.createdAt.toISOString(),
  };
}

const WELCOME: Record<User['role'], string> = {
  buyer: '逛展会、看直播、向工厂直接询价。',
  exhibitor: '布置展位和产品目录，然后在展位开播。',
  organizer: '创建展会、分配展位、查看实时数据。',
};

/** Who may register themselves. Organizers are created with `npm run admin -- create-organizer`. */
export const SELF_SERVICE_ROLES: readonly Role[] = ['buyer', 'exhibitor'];

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly enterprises: EnterpriseService,
    private readonly tokens: TokenService,
    private readonly revocations: TokenRevocations,
    private readonly tx: TransactionalConnection,
    private readonly outbox: Outbox,
  ) {}

  async register(dto: RegisterDto): Promise<AuthResult> {
    if (!SELF_SERVICE_ROLES.includes(dto.role)) {
      throw new DomainError(
        'REGISTRATION_ROLE_FORBIDDEN',
        'Register as a buyer or an exhibitor; organizer accounts are created by the operator',
      );
    }
    if (await this.users.exist({ where: { email: dto.email } })) {
      throw new DomainError('AUTH_EMAIL_TAKEN', 'This email is already registered');
    }
    const passwordHash = await hashPassword(dto.password);
    let user: User;
    try {
      // The user, its enterprise (expo's, through its service) and the welcome job commit together.
      user = await this.tx.run(async () => {
        let enterpriseId: string | null = null;
        if (dto.role === 'exhibitor') enterpriseId = (await this.enterprises.create({ name: dto.enterpriseName ?? '' })).id;
        const repo = this.tx.getRepository(User);
        const saved = await repo.save(
          repo.create({ email: dto.email, passwordHash, displayName: dto.displayName, role: dto.role, enterpriseId }),
        );
        await this.outbox.enqueue(
          'notify.user',
          { userId: saved.id, kind: 'welcome', title: `欢迎加入 LiveFair，${saved.displayName}`, body: WELCOME[saved.role] },
          { jobId: `welcome:${saved.id}` },
        );
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DomainError('AUTH_EMAIL_TAKEN', 'This email is already registered');
      throw err;
    }
    return this.issue(user);
  }

  async login(dto: LoginDto): Promise<AuthResult> {
    const user = await this.users.findOne({ where: { email: dto.email } });
    const check = await verifyPassword(dto.password, user?.passwordHash ?? null);
    if (!user || !check.ok) throw new DomainError('AUTH_INVALID_CREDENTIALS', 'Wrong email or password');
    if (check.needsRehash) {
      // A release-1 bcrypt hash (or older scrypt parameters): this login just proved the password.
      user.passwordHash = await hashPassword(dto.password);
      await this.users.update({ id: user.id }, { passwordHash: user.passwordHash });
    }
    return this.issue(user);
  }

  /** Every token of the account stops working, in every process (TokenRevocations). */
  logout(principal: Principal): Promise<void> {
    return this.revocations.revokeUser(principal.userId);
  }

  async me(principal: Principal): Promise<UserView> {
    const user = await this.users.findOne({ where: { id: principal.userId } });
    if (!user) throw new DomainError('AUTH_INVALID_TOKEN', 'This account no longer exists');
    return toUserView(user);
  }

  /** The ids of an enterprise's exhibitor staff (at most 100), read in the caller's transaction: who hears about its orders. */
  async staffIdsOf(enterpriseId: string): Promise<string[]> {
    const rows = await this.tx.getRepository(User).find({
      where: { enterpriseId, role: 'exhibitor' },
      select: { id: true },
      order: { createdAt: 'ASC' },
      take: 100,
    });
    return rows.map((u) => u.id);
  }

  private issue(user: User): AuthResult {
    const accessToken = this.tokens.sign({
      userId: user.id,
      role: user.role,
      enterpriseId: user.enterpriseId,
      displayName: user.displayName,
    });
    return { accessToken, user: toUserView(user) };
  }
}
