-- Mails a person subscribed to carry the address that unsubscribes them (RFC 8058).
alter table notification.outbound_mail add column list_unsubscribe text;
