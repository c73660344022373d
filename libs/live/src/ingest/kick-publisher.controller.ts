import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClusterBus, CurrentUser, IdParam, Principal } from '@livefair/core';
import { PUBLISHER_KICKED, SessionSignal } from '../live-signals';
import { LiveSessionService } from '../sessions/live-session.service';

/**
 * Booth staff take whatever publishes off the air (a forgotten OBS, a leaked key, a colleague's
 * phone). Served by the API process; the live processes act on the ClusterBus message.
 */
@ApiTags('live')
@Controller('api/live-sessions')
export class KickPublisherController {
  constructor(
    private readonly sessions: LiveSessionService,
    private readonly bus: ClusterBus,
  ) {}

  @Delete(':id/publisher')
  @HttpCode(202)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Stop the session's publisher (browser, WHIP or RTP); rotate the key too to keep an encoder out" })
  // Any logged-in user may ask; only the booth's staff are answered with anything but NOT_BOOTH_STAFF.
  async kick(@CurrentUser() user: Principal, @Param() { id }: IdParam): Promise<{ sessionId: string }> {
    await this.sessions.getForStaff(user, id);
    await this.bus.publish(PUBLISHER_KICKED, { sessionId: id } satisfies SessionSignal);
    return { sessionId: id };
  }
}
