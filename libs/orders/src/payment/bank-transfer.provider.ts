import { Injectable } from '@nestjs/common';
import type { OrderView, PaymentAccountView, PaymentInstructionsView } from '@livefair/protocol';
import { PaymentProvider, paymentState } from './payment-provider';

/** Offline bank transfer (对公转账): the seller's account, the amount, the order number as the remark. */
@Injectable()
export class BankTransferProvider implements PaymentProvider {
  readonly method = 'bank_transfer';

  instructions(order: OrderView, account: PaymentAccountView | null): PaymentInstructionsView {
    return {
      orderId: order.id,
      orderNo: order.orderNo,
      method: this.method,
      amountFen: order.totalFen,
      state: paymentState(order.status),
      reference: order.orderNo,
      payee: account
        ? { accountName: account.accountName, bankName: account.bankName, accountNo: account.accountNo, note: account.note }
        : null,
      paymentRef: order.paymentRef,
      payBy: order.payBy,
    };
  }
}
