-- Second-factor secrets are stored sealed (AES-256-GCM, "v1:" and Base64), longer than the Base32 key.
alter table app_user alter column totp_secret set data type varchar(255);
