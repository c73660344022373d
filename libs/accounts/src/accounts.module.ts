import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpoModule } from '@livefair/expo';
import { AccountsController } from './accounts.controller';
import { AccountsAdminService } from './accounts-admin.service';
import { AccountsService } from './accounts.service';
import { AuthRateLimitModule } from './auth-rate-limit';
import { NotificationsService } from './notifications.service';
// The context's declarations register with core as this module loads.
import './accounts-errors';
import './accounts-jobs';
import { accountsEntities } from './accounts-schema';

/** Users, registration, login, the notification inbox. */
@Module({
  imports: [TypeOrmModule.forFeature(accountsEntities), ExpoModule],
  providers: [AccountsService, AccountsAdminService, NotificationsService],
  exports: [AccountsService, AccountsAdminService, NotificationsService],
})
export class AccountsModule {}

@Module({ imports: [AccountsModule, AuthRateLimitModule], controllers: [AccountsController] })
export class AccountsHttpModule {}
