import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEmail, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { AgencyModel } from '../catalogue/course.model';
import { PageInfo } from '../graphql/pagination';

export enum Role {
  ADMIN = 'admin',
  INSTRUCTOR = 'instructor',
  LEARNER = 'learner',
}
registerEnumType(Role, { name: 'Role' });

export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}
registerEnumType(EmploymentType, { name: 'EmploymentType' });

@ObjectType('Membership')
export class MembershipModel {
  /** Resolved by the `agency` field. */
  agencyId!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'With academic titles, e.g. "Dr. Siti Aminah, M.Si."' })
  fullName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Pegawai (PNS) or Nomor Induk PPPK, 18 digits' })
  nip!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => EmploymentType, { nullable: true })
  employmentType!: EmploymentType | null;

  @Field(() => String, { nullable: true, description: 'Unit kerja' })
  workUnit!: string | null;

  @Field(() => String, { nullable: true, description: 'Jabatan' })
  position!: string | null;

  @Field(() => String, { nullable: true, description: 'Pangkat/golongan' })
  rankGrade!: string | null;

  @Field(() => String, { nullable: true, description: 'Instansi asal' })
  agencyOfOrigin!: string | null;

  @Field(() => Boolean)
  isSuperAdmin!: boolean;

  @Field(() => [MembershipModel])
  memberships!: MembershipModel[];
}

@ObjectType('UserEdge')
export class UserEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => UserModel)
  node!: UserModel;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserEdge])
  edges!: UserEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('AgencyEdge')
export class AgencyEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AgencyModel)
  node!: AgencyModel;
}

@ObjectType('AgencyConnection')
export class AgencyConnection {
  @Field(() => [AgencyEdge])
  edges!: AgencyEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('PasswordResetLink')
export class PasswordResetLinkModel {
  @Field(() => String, { description: 'Hand this to the person; it works once.' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

const OptionalText = (max: number) => applyDecorators(IsOptional(), IsString(), MaxLength(max));

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 -]{6,18}$/, { message: 'phone must be a phone number such as 0812-3456-7890' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  workUnit?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  rankGrade?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  agencyOfOrigin?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => ID)
  @IsString()
  agencyId!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  fullName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  nip?: string;

  @Field(() => EmploymentType, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentType)
  employmentType?: EmploymentType;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  workUnit?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  position?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  rankGrade?: string;

  @Field(() => [Role])
  @IsEnum(Role, { each: true })
  @ArrayMaxSize(3)
  roles!: Role[];
}
