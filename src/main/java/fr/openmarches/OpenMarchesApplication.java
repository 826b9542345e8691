package fr.openmarches;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenMarchesApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenMarchesApplication.class, args);
	}
}
