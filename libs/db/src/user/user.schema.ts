import { Schema, type Types } from 'mongoose';

export const USER_MODEL = 'User';

export const agencyRoles = ['admin', 'instructor', 'learner'] as const;
export type AgencyRole = (typeof agencyRoles)[number];

/** One role in one agency; a person can hold several (instructor at a BPSDM, learner at home). */
export interface MembershipDocument {
  agencyId: Types.ObjectId;
  role: AgencyRole;
}

export interface UserDocument {
  _id: Types.ObjectId;
  email: string;
  passwordHash: string;
  fullName: string;
  isSuperAdmin: boolean;
  memberships: MembershipDocument[];
  createdAt: Date;
  updatedAt: Date;
}

const membershipSchema = new Schema<MembershipDocument>(
  {
    agencyId: { type: Schema.Types.ObjectId, required: true },
    role: { type: String, required: true, enum: agencyRoles },
  },
  { _id: false },
);

export const userSchema = new Schema<UserDocument>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    fullName: { type: String, required: true, trim: true },
    isSuperAdmin: { type: Boolean, required: true, default: false },
    memberships: { type: [membershipSchema], default: [] },
  },
  { collection: 'users', timestamps: true },
);

userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ 'memberships.agencyId': 1 });
