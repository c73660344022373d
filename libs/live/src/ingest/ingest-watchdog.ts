import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ClusterBus } from '@livefair/core';
import { PUBLISHER_KICKED, SessionSignal, STREAM_KEY_ROTATED } from '../live-signals';
import { RoomRegistry } from '../room/room-registry';
import { IngestGate, IngestTimeouts } from './ingest-gate';

/** Stream keys are re-read this often, in case a rotation message was missed (pub/sub is not durable). */
const KEY_RECHECK_MS = 30_000;

/**
 * Keeps ingest honest in the live process: a rotated key or a staff kick (ClusterBus messages from
 * the API process) stops the ingest at once; an encoder that stopped sending is released after
 * LIVE_INGEST_SILENCE_SECONDS, one that never started after LIVE_INGEST_START_SECONDS. mediasoup 3.12 has no ICE consent checks, so a WHIP peer whose
 * network dropped, or an ffmpeg that was killed, only shows as byte counters that stop growing.
 */
@Injectable()
export class IngestWatchdog implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('IngestWatchdog');
  private readonly unsubscribe: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private lastKeyCheck = Date.now();

  constructor(
    private readonly gate: IngestGate,
    private readonly registry: RoomRegistry,
    private readonly bus: ClusterBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.unsubscribe.push(
      await this.bus.subscribe<SessionSignal>(
        STREAM_KEY_ROTATED,
        ({ sessionId }) => void this.safely(this.gate.revalidate(sessionId)),
      ),
      await this.bus.subscribe<SessionSignal>(PUBLISHER_KICKED, ({ sessionId }) => this.kick(sessionId)),
    );
    const { ingestSilenceMs: silenceMs, ingestStartMs: startMs } = this.config.liveMedia;
    const timeouts: IngestTimeouts = { silenceMs, startMs };
    this.timer = setInterval(() => void this.tick(timeouts), Math.min(2000, silenceMs / 2, startMs / 2));
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.unsubscribe.forEach((off) => off());
  }

  /** Booth staff took the broadcast off: ingest released, browser publishers' tracks closed. */
  private kick(sessionId: string): void {
    this.gate.dropSession(sessionId, 'kicked by booth staff');
    const kicked = this.registry.get(sessionId)?.kickPublishers() ?? [];
    if (kicked.length) this.logger.log(`session ${sessionId}: booth staff kicked ${kicked.join(', ')}`);
  }

  private async tick(timeouts: IngestTimeouts): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      await this.gate.dropSilent(timeouts);
      if (Date.now() - this.lastKeyCheck >= KEY_RECHECK_MS) {
        this.lastKeyCheck = Date.now();
        await this.gate.revalidate();
      }
    } catch (err) {
      this.logger.warn({ err }, 'ingest check failed');
    } finally {
      this.ticking = false;
    }
  }

  private async safely(work: Promise<void>): Promise<void> {
    await work.catch((err: unknown) => this.logger.warn({ err }, 'ingest check failed'));
  }
}
