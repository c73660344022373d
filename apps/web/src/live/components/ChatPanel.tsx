import { CHAT_MAX_CHARS, type ChatMessageView } from '@livefair/protocol';
import { Button, Empty, Input, Popconfirm, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

const QUICK_EMOJI = ['👍', '❤️', '🔥', '👏', '😄', '🎉'];

export interface Moderation {
  onDelete: (messageId: string) => void;
  onBan: (userId: string) => void;
}

interface Props {
  messages: ChatMessageView[];
  myId: string | undefined;
  /** Users muted in this session. */
  banned: string[];
  /** Logged in, joined and not muted. */
  canChat: boolean;
  onSend: (text: string) => Promise<boolean>;
  /** Booth staff: delete and mute actions on others' messages. */
  moderation?: Moderation;
}

export function ChatPanel({ messages, myId, banned, canChat, onSend, moderation }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const list = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const mutedMe = !!myId && banned.includes(myId);

  // Follow new messages unless the reader scrolled up to read older ones.
  useEffect(() => {
    const el = list.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 120) el.scrollTop = el.scrollHeight;
  }, [messages]);

  const send = async () => {
    const value = text.trim();
    if (!value || sending) return;
    setSending(true);
    if (await onSend(value)) setText('');
    setSending(false);
  };

  return (
    <div className="lf-chat">
      <ul className="lf-chat-list" ref={list} aria-live="polite">
        {messages.length === 0 ? (
          <Empty className="lf-chat-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.chat.empty')} />
        ) : null}
        {messages.map((m) => (
          <li key={m.id} className="lf-chat-item" data-testid="chat-message" data-message-id={m.id}>
            <span className={m.userId === myId ? 'lf-chat-name lf-chat-me' : 'lf-chat-name'}>
              {m.userId === myId ? t('live.chat.me') : m.displayName}
            </span>
            {banned.includes(m.userId) ? <Tag className="lf-chat-tag">{t('live.chat.bannedTag')}</Tag> : null}
            <span className="lf-chat-text">{m.text}</span>
            {moderation && m.userId !== myId ? (
              <span className="lf-chat-actions">
                <Button size="small" type="link" onClick={() => moderation.onDelete(m.id)} data-testid="chat-delete">
                  {t('live.chat.delete')}
                </Button>
                {banned.includes(m.userId) ? null : (
                  <Popconfirm
                    title={t('live.chat.banConfirm', { name: m.displayName })}
                    onConfirm={() => moderation.onBan(m.userId)}
                  >
                    <Button size="small" type="link" danger data-testid="chat-ban">
                      {t('live.chat.ban')}
                    </Button>
                  </Popconfirm>
                )}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {!myId ? (
        <div className="lf-chat-login">
          <Link to="/login" state={{ from: location.pathname + location.search }}>
            <Button type="primary" block data-testid="chat-login">
              {t('live.chat.loginToChat')}
            </Button>
          </Link>
        </div>
      ) : mutedMe ? (
        <div className="lf-chat-login lf-chat-muted">{t('live.chat.banned')}</div>
      ) : (
        <div className="lf-chat-compose">
          <div className="lf-chat-emoji" aria-label={t('live.chat.emoji')}>
            {QUICK_EMOJI.map((e) => (
              <button key={e} type="button" onClick={() => setText((v) => v + e)} disabled={!canChat}>
                {e}
              </button>
            ))}
          </div>
          <div className="lf-chat-row">
            <Input
              value={text}
              onChange={(e) => setText(e.target.value)}
              onPressEnter={() => void send()}
              placeholder={t('live.chat.placeholder')}
              maxLength={CHAT_MAX_CHARS}
              disabled={!canChat}
              enterKeyHint="send"
              data-testid="chat-input"
            />
            <Button
              type="primary"
              onClick={() => void send()}
              loading={sending}
              disabled={!canChat || !text.trim()}
              data-testid="chat-send"
            >
              {t('live.chat.send')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
