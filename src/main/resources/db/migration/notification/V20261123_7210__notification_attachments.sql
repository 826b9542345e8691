-- Files sent with a mail (deposit receipts), kept with it in the outbox until it is sent.
create table notification.outbound_attachment (
    mail_id    uuid not null references notification.outbound_mail (id) on delete cascade,
    position   int not null,
    file_name  text not null,
    media_type text not null,
    content    bytea not null,
    primary key (mail_id, position)
);
