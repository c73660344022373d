import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard';
import { TokenRevocations } from './token-revocations';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [TokenService, TokenRevocations, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, TokenRevocations],
})
export class AuthCoreModule {}
