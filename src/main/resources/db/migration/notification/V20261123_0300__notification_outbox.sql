create schema notification;

-- The mail outbox: written in the same transaction as the change that causes the mail, emptied
-- by MailDelivery; a row stays PENDING (with back-off) until the SMTP server accepts it.
create table notification.outbound_mail (
    id              uuid primary key,
    recipient       text not null,
    subject         text not null,
    text_body       text not null,
    html_body       text,
    status          text not null check (status in ('PENDING', 'SENT')),
    attempts        int not null default 0,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    last_error      text
);
create index outbound_mail_due_idx on notification.outbound_mail (next_attempt_at) where status = 'PENDING';
