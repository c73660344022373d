import type { HallView } from '@livefair/protocol';
import { Button, Grid, Tabs } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  halls: HallView[];
  activeId: string;
  onChange: (hallId: string) => void;
  children: ReactNode;
}

/** Tabs on wide screens; on phones, wrapping chips so no hall hides behind a "…" overflow menu. */
export function HallNav({ halls, activeId, onChange, children }: Props) {
  const screens = Grid.useBreakpoint();
  const label = (hall: HallView) => (
    <span>
      {hall.name} <span className="lf-hall-count">{hall.boothCount}</span>
    </span>
  );

  if (!screens.md) {
    return (
      <>
        <div className="lf-hall-chips">
          {halls.map((hall) => (
            <Button
              key={hall.id}
              shape="round"
              type={hall.id === activeId ? 'primary' : 'default'}
              aria-pressed={hall.id === activeId}
              onClick={() => onChange(hall.id)}
            >
              {label(hall)}
            </Button>
          ))}
        </div>
        {children}
      </>
    );
  }
  return (
    <Tabs
      activeKey={activeId}
      onChange={onChange}
      className="lf-hall-tabs"
      items={halls.map((hall) => ({
        key: hall.id,
        label: label(hall),
        children: hall.id === activeId ? children : null,
      }))}
    />
  );
}
