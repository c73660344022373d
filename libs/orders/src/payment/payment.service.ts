import { Inject, Injectable } from '@nestjs/common';
import { DomainError, isUniqueViolation, Principal, TransactionalConnection } from '@livefair/core';
import type { PaymentAccountView, PaymentInstructionsView } from '@livefair/protocol';
import { PaymentAccountDto } from '../dto/payment-account.dto';
import { Order } from '../entities/order.entity';
import { sideOf } from '../management/order-access';
import { toOrderView } from '../order-views';
import { PaymentAccount } from './payment-account.entity';
import { PAYMENT_PROVIDERS, PaymentProvider } from './payment-provider';

function toAccountView(a: PaymentAccount): PaymentAccountView {
  return {
    accountName: a.accountName,
    bankName: a.bankName,
    accountNo: a.accountNo,
    note: a.note,
    updatedAt: a.updatedAt.toISOString(),
  };
}

function requireStaff(principal: Principal): string {
  if (principal.role !== 'exhibitor' || !principal.enterpriseId)
    throw new DomainError('FORBIDDEN_ROLE', "Only an enterprise's exhibitor staff manage its receiving account");
  return principal.enterpriseId;
}

/** Payment instructions through the order's provider, and each enterprise's receiving account. */
@Injectable()
export class PaymentService {
  private readonly providers: Map<string, PaymentProvider>;

  constructor(
    private readonly tx: TransactionalConnection,
    @Inject(PAYMENT_PROVIDERS) providers: PaymentProvider[],
  ) {
    this.providers = new Map(providers.map((p) => [p.method, p]));
  }

  provider(method: string): PaymentProvider {
    const p = this.providers.get(method);
    if (!p) throw new Error(`no payment provider for method ${method}`);
    return p;
  }

  /** How to pay an order: for its buyer and the seller's staff (403 NOT_OWNER for anyone else). */
  async instructions(principal: Principal, orderId: string): Promise<PaymentInstructionsView> {
    const order = await this.tx.getRepository(Order).findOne({ where: { id: orderId } });
    if (!order) throw DomainError.notFound('ORDER_NOT_FOUND', 'Order', orderId);
    sideOf(principal, order);
    const account = await this.tx.getRepository(PaymentAccount).findOne({ where: { enterpriseId: order.enterpriseId } });
    return this.provider(order.paymentMethod).instructions(toOrderView(order), account ? toAccountView(account) : null);
  }

  async account(principal: Principal): Promise<PaymentAccountView | null> {
    const a = await this.tx.getRepository(PaymentAccount).findOne({ where: { enterpriseId: requireStaff(principal) } });
    return a ? toAccountView(a) : null;
  }

  /** Sets the caller's enterprise's receiving account (one per enterprise; the last write wins). */
  async setAccount(principal: Principal, dto: PaymentAccountDto): Promise<PaymentAccountView> {
    const enterpriseId = requireStaff(principal);
    const fields = {
      accountName: dto.accountName,
      bankName: dto.bankName,
      accountNo: dto.accountNo,
      note: dto.note ?? '',
      updatedBy: principal.userId,
    };
    const write = () =>
      this.tx.run(async () => {
        const repo = this.tx.getRepository(PaymentAccount);
        const existing = await repo.findOne({ where: { enterpriseId } });
        if (existing) await repo.update({ id: existing.id }, { ...fields, updatedAt: new Date() });
        else await repo.insert(repo.create({ id: crypto.randomUUID(), enterpriseId, ...fields, updatedAt: new Date() }));
        return repo.findOneOrFail({ where: { enterpriseId } });
      });
    try {
      return toAccountView(await write());
    } catch (err) {
      // Two staff saving the first account at once: the unique enterprise index let one insert; update it.
      if (!isUniqueViolation(err)) throw err;
      return toAccountView(await write());
    }
  }
}
