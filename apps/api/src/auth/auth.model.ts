import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';
import { UserModel } from '../accounts/user.model';

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"; keep it in memory only' })
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => String, { description: 'Where the web app goes after sign-in, by role' })
  homePath!: string;
}

@InputType()
export class SignInInput {
  @Field(() => String, { description: 'Email or NIP' })
  @IsString()
  @Length(1, 254)
  identifier!: string;

  @Field(() => String)
  @IsString()
  @MaxLength(256)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @Field(() => String)
  @IsString()
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String)
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field(() => String)
  @IsString()
  newPassword!: string;
}
