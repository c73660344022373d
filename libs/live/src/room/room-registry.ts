import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@livefair/core';
import { EventEmitter } from 'node:events';
import { PooledWorker, WorkerPool } from '../sfu/worker-pool';
import { roomOptions, SfuRoom } from './sfu-room';

export interface RoomRegistryEvents {
  opened: [SfuRoom];
  /** A room's SFU state is gone (worker died): its clients must rejoin. */
  reset: [{ sessionId: string; reason: string }];
}

/** This process's rooms. Creation is serialised per session id so two joins never open two rooms. */
@Injectable()
export class RoomRegistry extends EventEmitter<RoomRegistryEvents> implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('RoomRegistry');
  private readonly rooms = new Map<string, SfuRoom>();
  private readonly opening = new Map<string, Promise<SfuRoom>>();

  constructor(
    private readonly pool: WorkerPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.pool.on('workerdied', (dead: PooledWorker) => this.onWorkerDied(dead));
  }

  get(sessionId: string): SfuRoom | undefined {
    const room = this.rooms.get(sessionId);
    return room && !room.isClosed ? room : undefined;
  }

  /** The room, opened if needed; `sharedPublishing` for a meeting room (all its peers publish). */
  getOrOpen(sessionId: string, sharedPublishing = false): Promise<SfuRoom> {
    const existing = this.get(sessionId);
    if (existing) return Promise.resolve(existing);
    let pending = this.opening.get(sessionId);
    if (!pending) {
      pending = SfuRoom.open(sessionId, this.pool, { ...roomOptions(this.config), sharedPublishing })
        .then((room) => {
          this.rooms.set(sessionId, room);
          this.emit('opened', room);
          return room;
        })
        .finally(() => this.opening.delete(sessionId));
      this.opening.set(sessionId, pending);
    }
    return pending;
  }

  close(sessionId: string): void {
    const room = this.rooms.get(sessionId);
    if (!room) return;
    this.rooms.delete(sessionId);
    room.close();
  }

  count(): number {
    return this.rooms.size;
  }

  /** Before the socket adapter goes away, so the rooms' last events can still be sent. */
  beforeApplicationShutdown(): void {
    for (const id of [...this.rooms.keys()]) this.close(id);
  }

  private onWorkerDied(dead: PooledWorker): void {
    for (const [id, room] of this.rooms) {
      if (!room.workerPids.includes(dead.pid)) continue;
      this.logger.warn(`room ${id} lost worker ${dead.pid}; resetting it`);
      this.close(id);
      this.emit('reset', { sessionId: id, reason: 'media server restarted' });
    }
  }
}
