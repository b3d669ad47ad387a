package org.hamkori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Hamkori {

	public static void main(String[] args) {
		SpringApplication.run(Hamkori.class, args);
	}

}
