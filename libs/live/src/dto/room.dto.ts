import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { CHAT_MAX_CHARS, chatTextLength, type MediaJson } from '@livefair/protocol';

const id = { message: '$property must be an id' };

export class JoinDto {
  @IsUUID('all', id)
  sessionId!: string;

  @IsIn(['viewer', 'publisher'])
  as!: 'viewer' | 'publisher';
}

export class RefreshDto {
  @IsString()
  @Length(1, 4096)
  token!: string;
}

export class CreateTransportDto {
  @IsIn(['send', 'recv'])
  direction!: 'send' | 'recv';
}

export class ConnectTransportDto {
  @IsUUID('all', id)
  transportId!: string;

  @IsObject()
  dtlsParameters!: MediaJson;
}

export class ProduceDto {
  @IsUUID('all', id)
  transportId!: string;

  @IsIn(['audio', 'video'])
  kind!: 'audio' | 'video';

  @IsObject()
  rtpParameters!: MediaJson;

  @IsIn(['camera', 'mic', 'screen'])
  source!: 'camera' | 'mic' | 'screen';
}

export class ProducerDto {
  @IsUUID('all', id)
  producerId!: string;
}

export class ConsumeDto {
  @IsUUID('all', id)
  transportId!: string;

  @IsUUID('all', id)
  producerId!: string;

  @IsObject()
  rtpCapabilities!: MediaJson;
}

export class ConsumerDto {
  @IsUUID('all', id)
  consumerId!: string;
}

export class PreferredLayersDto {
  @IsUUID('all', id)
  consumerId!: string;

  @IsInt()
  @Min(0)
  @Max(2)
  spatialLayer!: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2)
  temporalLayer?: number;
}

/** The protocol's chat rule (libs/protocol CHAT_MAX_CHARS), checked before the service sees the text. */
const IsChatText = () =>
  ValidateBy({
    name: 'chatText',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && chatTextLength(v) >= 1 && chatTextLength(v) <= CHAT_MAX_CHARS,
      defaultMessage: () => `text must be 1 to ${CHAT_MAX_CHARS} characters`,
    },
  });

export class ChatSendDto {
  @IsString()
  @IsChatText()
  text!: string;
}

export class ChatModerateDto {
  @IsUUID('all', id)
  messageId!: string;
}

export class ChatBanDto {
  @IsUUID('all', id)
  userId!: string;
}

export class LikeDto {
  @IsInt()
  @Min(1)
  @Max(50)
  count!: number;
}

export class PinDto {
  @ValidateIf((o: PinDto) => o.productId !== null)
  @IsUUID('all', id)
  productId!: string | null;
}
